using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.WorkerNeverEndsRule>;

namespace Supervise.Analyzers.Tests.Workers;

public sealed class WorkerNeverEndsTests
{
    [Fact]
    public Task An_async_void_worker_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async void {|#0:Run|}(CancellationToken stoppingToken)
            {
                await Task.Delay(10, stoppingToken);
            }
        }
        """, Verify.Diagnostic("SUP106").WithLocation(0).WithArguments("Run", "it is async void, so the supervisor cannot see it end or fail; return Task"));

    [Fact]
    public Task An_infinite_delay_without_the_token_is_reported_on_the_call() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                stoppingToken.ThrowIfCancellationRequested();
                await Task.{|#0:Delay|}(Timeout.Infinite);
            }
        }
        """, Verify.Diagnostic("SUP106").WithLocation(0).WithArguments("PumpAsync", "'Task.Delay' waits forever without 'stoppingToken'"));

    [Fact]
    public Task An_infinite_delay_with_CancellationToken_None_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.{|SUP106:Delay|}(-1, CancellationToken.None);
        }
        """);

    [Fact]
    public Task An_infinite_sleep_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                stoppingToken.ThrowIfCancellationRequested();
                Thread.{|SUP106:Sleep|}(Timeout.InfiniteTimeSpan);
            }
        }
        """);

    [Fact]
    public Task A_worker_with_no_way_out_and_no_token_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void {|#0:Poll|}()
            {
                while (true)
                {
                    Console.WriteLine("tick");
                }
            }
        }
        """, Verify.Diagnostic("SUP106").WithLocation(0).WithArguments("Poll", "no path returns or throws, and it has no stop token to observe"));

    [Fact]
    public Task An_infinite_delay_given_the_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, stoppingToken);
        }
        """);

    [Fact]
    public Task A_loop_that_ends_by_cancellation_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                while (true)
                {
                    stoppingToken.ThrowIfCancellationRequested();
                }
            }
        }
        """);

    [Fact]
    public Task A_loop_that_can_throw_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private int _count;

            [Supervised]
            private void Poll()
            {
                while (true)
                {
                    if (++_count > 10) throw new InvalidOperationException("too many");
                }
            }
        }
        """);

    [Fact]
    public Task A_worker_whose_end_is_reachable_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll()
            {
                Console.WriteLine("once");
            }
        }
        """);

    [Fact]
    public Task With_SUP103_off_a_loop_it_would_report_is_reported_here() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void {|SUP106:Poll|}(CancellationToken stoppingToken)
            {
                while (true)
                {
                    Console.WriteLine("tick");
                }
            }
        }
        """);

    [Fact]
    public Task A_body_with_code_that_did_not_bind_is_not_judged() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                while (true)
                {
                    {|CS0103:StepOrThrow|}();
                }
            }
        }
        """);

    [Fact]
    public Task An_infinite_delay_given_another_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private readonly CancellationTokenSource _shutdown = new();

            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, _shutdown.Token);
        }
        """);
}
