using Supervise.Analyzers.Workers;
using Verify = Supervise.Analyzers.Tests.Support.CodeFixVerifier<Supervise.Analyzers.Workers.StopTokenNotForwardedRule, Supervise.CodeFixes.PassStopTokenCodeFix>;
using VerifyInfinite = Supervise.Analyzers.Tests.Support.CodeFixVerifier<Supervise.Analyzers.Workers.WorkerNeverEndsRule, Supervise.CodeFixes.PassStopTokenCodeFix>;

namespace Supervise.Analyzers.Tests.Fixes;

public sealed class PassStopTokenFixTests
{
    [Fact]
    public Task The_token_is_appended_for_a_trailing_token_overload() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.{|SUP102:Delay|}(1000);
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1000, stoppingToken);
        }
        """);

    [Fact]
    public Task The_token_fills_an_optional_parameter() => Verify.VerifyFixAsync("""
        using System.Threading.Channels;

        partial class Pump
        {
            private readonly Channel<int> _channel = Channel.CreateUnbounded<int>();

            [Supervised]
            private async Task PumpAsync(SupervisionContext context)
            {
                await _channel.Reader.{|SUP102:ReadAsync|}();
            }
        }
        """, """
        using System.Threading.Channels;

        partial class Pump
        {
            private readonly Channel<int> _channel = Channel.CreateUnbounded<int>();

            [Supervised]
            private async Task PumpAsync(SupervisionContext context)
            {
                await _channel.Reader.ReadAsync(context.StoppingToken);
            }
        }
        """);

    [Fact]
    public Task The_token_is_named_after_named_arguments() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.{|SUP102:Delay|}(millisecondsDelay: 1000);
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(millisecondsDelay: 1000, cancellationToken: stoppingToken);
        }
        """);

    [Fact]
    public Task WithCancellation_is_added_to_an_await_foreach() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            private readonly IAsyncEnumerable<int> _items = null!;

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await foreach (var item in {|SUP102:_items|})
                {
                    Console.WriteLine(item);
                }
            }
        }
        """, """
        partial class Pump
        {
            private readonly IAsyncEnumerable<int> _items = null!;

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await foreach (var item in _items.WithCancellation(stoppingToken))
                {
                    Console.WriteLine(item);
                }
            }
        }
        """);

    [Fact]
    public Task Fix_all_passes_the_token_to_every_call() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await Task.{|SUP102:Delay|}(1);
                await Task.{|SUP102:Delay|}(2);
                await Task.{|SUP102:Run|}(() => Console.WriteLine("work"));
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await Task.Delay(1, stoppingToken);
                await Task.Delay(2, stoppingToken);
                await Task.Run(() => Console.WriteLine("work"), stoppingToken);
            }
        }
        """);

    [Fact]
    public Task An_infinite_delay_is_given_the_token() => VerifyInfinite.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.{|SUP106:Delay|}(Timeout.Infinite);
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, stoppingToken);
        }
        """, "SUP106.PassStopToken");

    [Fact]
    public Task CancellationToken_None_in_an_infinite_delay_is_replaced_by_the_token() => VerifyInfinite.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await Task.{|SUP106:Delay|}(-1, CancellationToken.None);
                await Task.{|SUP106:Delay|}(Timeout.InfiniteTimeSpan, CancellationToken.None);
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await Task.Delay(-1, stoppingToken);
                await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken);
            }
        }
        """, "SUP106.PassStopToken");
}
