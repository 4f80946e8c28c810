using Verify = Supervise.Analyzers.Tests.Support.CodeFixVerifier<Supervise.Analyzers.Workers.BlockingWaitRule, Supervise.CodeFixes.AwaitTaskDelayCodeFix>;

namespace Supervise.Analyzers.Tests.Fixes;

public sealed class AwaitTaskDelayFixTests
{
    [Fact]
    public Task Thread_Sleep_becomes_an_awaited_delay_with_the_token() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                Thread.{|SUP104:Sleep|}(1000);
                await Task.Yield();
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await Task.Delay(1000, stoppingToken);
                await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task Fix_all_replaces_every_sleep() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                Thread.{|SUP104:Sleep|}(10);
                Thread.{|SUP104:Sleep|}(TimeSpan.FromSeconds(1));
                await Task.Yield();
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await Task.Delay(10, stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task A_sleep_in_a_synchronous_worker_gets_no_fix() => Verify.VerifyNoFixAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                Thread.{|SUP104:Sleep|}(1000);
                stoppingToken.ThrowIfCancellationRequested();
            }
        }
        """);
}
