using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.StopTokenNotForwardedRule>;

namespace Supervise.Analyzers.Tests.Workers;

public sealed class StopTokenNotForwardedTests
{
    [Fact]
    public Task A_call_with_a_trailing_token_overload_is_reported_naming_token_and_call() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await Task.{|#0:Delay|}(1000);
            }
        }
        """, Verify.Diagnostic("SUP102").WithLocation(0).WithArguments("stoppingToken", "Task.Delay"));

    [Fact]
    public Task An_optional_token_left_at_its_default_is_reported() => Verify.VerifyAsync("""
        using System.Threading.Channels;

        partial class Pump
        {
            private readonly Channel<int> _channel = Channel.CreateUnbounded<int>();

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                var item = await _channel.Reader.{|SUP102:ReadAsync|}();
                await Task.Delay(item, stoppingToken);
            }
        }
        """);

    [Fact]
    public Task An_HttpClient_call_without_the_token_is_reported() => Verify.VerifyAsync("""
        using System.Net.Http;

        partial class Pump
        {
            private readonly HttpClient _http = new();

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                var body = await _http.{|SUP102:GetStringAsync|}("https://example.invalid/");
                await Task.Delay(body.Length, stoppingToken);
            }
        }
        """);

    [Fact]
    public Task An_await_foreach_without_WithCancellation_is_reported_on_the_stream() => Verify.VerifyAsync("""
        partial class Pump
        {
            private readonly IAsyncEnumerable<int> _items = null!;

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await foreach (var item in {|#0:_items|})
                {
                    await Task.Delay(item, stoppingToken);
                }
            }
        }
        """, Verify.Diagnostic("SUP102").WithLocation(0).WithArguments("stoppingToken", "await foreach"));

    [Fact]
    public Task A_context_worker_is_told_to_pass_context_StoppingToken() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(SupervisionContext context) => Task.{|#0:Delay|}(10);
        }
        """, Verify.Diagnostic("SUP102").WithLocation(0).WithArguments("context.StoppingToken", "Task.Delay"));

    [Fact]
    public Task Inside_a_lambda_with_its_own_token_that_token_is_the_one_named() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) =>
                Parallel.ForEachAsync(new[] { 1, 2 }, stoppingToken, async (item, itemToken) => await Task.{|#0:Delay|}(item));
        }
        """, Verify.Diagnostic("SUP102").WithLocation(0).WithArguments("itemToken", "Task.Delay"));

    [Fact]
    public Task A_call_given_the_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1000, stoppingToken);
        }
        """);

    [Fact]
    public Task A_call_given_another_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(5000);
                await Task.Delay(1000, timeout.Token);
            }
        }
        """);

    [Fact]
    public Task An_await_foreach_with_WithCancellation_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private readonly IAsyncEnumerable<int> _items = null!;

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await foreach (var item in _items.WithCancellation(stoppingToken))
                {
                    await Task.Delay(item, stoppingToken);
                }
            }
        }
        """);

    [Fact]
    public Task An_await_foreach_over_a_stream_made_with_the_token_is_not_reported() => Verify.VerifyAsync("""
        using System.Threading.Channels;

        partial class Pump
        {
            private readonly Channel<int> _channel = Channel.CreateUnbounded<int>();

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await foreach (var item in _channel.Reader.ReadAllAsync(stoppingToken))
                {
                    await Task.Delay(item, stoppingToken);
                }
            }
        }
        """);

    [Fact]
    public Task A_call_without_any_token_overload_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                Console.WriteLine("tick");
                await Task.Delay(1000, stoppingToken);
            }
        }
        """);

    [Fact]
    public Task An_infinite_delay_is_left_to_SUP106() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite);
        }
        """);

    [Fact]
    public Task A_blocking_wait_is_left_to_SUP104() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                Task.Delay(1000, stoppingToken).Wait();
            }
        }
        """);

    [Fact]
    public Task A_call_in_a_static_lambda_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Run(static () => Task.Delay(10), stoppingToken);
        }
        """);

    [Fact]
    public Task A_worker_without_a_token_is_left_to_SUP100() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync() => Task.Delay(1000);
        }
        """);

    [Fact]
    public Task Task_Run_StartNew_and_ContinueWith_whose_delegate_uses_the_stop_token_are_not_asked_for_their_scheduling_token() => Verify.VerifyAsync("""
        partial class Pump
        {
            private readonly Func<CancellationToken, Task> _poll = _ => Task.CompletedTask;

            [Supervised]
            private async Task RunAsync(CancellationToken stoppingToken)
            {
                await Task.Run(() => _poll(stoppingToken));
                await Task.Factory.StartNew(() => stoppingToken.ThrowIfCancellationRequested());
                await Task.CompletedTask.ContinueWith(_ => _poll(stoppingToken));
            }
        }
        """);

    [Fact]
    public Task Task_Run_whose_delegate_ignores_the_stop_token_is_still_asked_for_it() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task RunAsync(CancellationToken stoppingToken)
            {
                await Task.{|SUP102:Run|}(() => Console.WriteLine("tick"));
            }
        }
        """);
}
