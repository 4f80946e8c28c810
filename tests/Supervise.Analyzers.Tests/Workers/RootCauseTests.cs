using Verify = Supervise.Analyzers.Tests.Support.AllRulesVerifier;

namespace Supervise.Analyzers.Tests.Workers;

/// <summary>
/// One diagnostic per root cause, with every rule on; and when the user turns the rule of that cause off,
/// the next rule that covers the finding reports it.
/// </summary>
public sealed class RootCauseTests
{
    private const string DelayInEndlessLoop = """
        partial class Pump
        {
            [Supervised]
            private async Task PollAsync(CancellationToken {|#101:stoppingToken|})
            {
                {|#103:while|} (true)
                {
                    await Task.{|#102:Delay|}(1000);
                }
            }
        }
        """;

    [Fact]
    public Task A_delay_without_the_token_in_an_endless_loop_is_reported_once_at_the_call() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PollAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    await Task.{|SUP102:Delay|}(1000);
                }
            }
        }
        """);

    [Fact]
    public Task With_SUP102_off_the_loop_is_reported() => Verify.VerifyAsync(
        DelayInEndlessLoop.Replace("{|#103:while|}", "{|SUP103:while|}").Replace("{|#102:Delay|}", "Delay").Replace("{|#101:stoppingToken|}", "stoppingToken"),
        "dotnet_diagnostic.SUP102.severity = none");

    [Fact]
    public Task With_SUP102_and_SUP103_off_the_worker_that_never_ends_is_reported() => Verify.VerifyAsync(
        DelayInEndlessLoop.Replace("{|#103:while|}", "while").Replace("{|#102:Delay|}", "Delay").Replace("{|#101:stoppingToken|}", "stoppingToken").Replace("PollAsync(", "{|SUP106:PollAsync|}("),
        "dotnet_diagnostic.SUP102.severity = none\ndotnet_diagnostic.SUP103.severity = none");

    [Fact]
    public Task With_SUP102_SUP103_and_SUP106_off_the_unread_token_is_reported() => Verify.VerifyAsync(
        DelayInEndlessLoop.Replace("{|#103:while|}", "while").Replace("{|#102:Delay|}", "Delay").Replace("{|#101:stoppingToken|}", "{|SUP101:stoppingToken|}"),
        "dotnet_diagnostic.SUP102.severity = none\ndotnet_diagnostic.SUP103.severity = none\ndotnet_diagnostic.SUP106.severity = none");

    [Fact]
    public Task With_SUP103_off_an_endless_loop_that_reads_the_token_elsewhere_is_still_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private long _ticks;

            [Supervised]
            private async Task {|SUP106:SampleAsync|}(CancellationToken stoppingToken)
            {
                using var registration = stoppingToken.Register(() => { });
                while (true)
                {
                    _ticks++;
                    await Task.Yield();
                }
            }
        }
        """, "dotnet_diagnostic.SUP103.severity = none");

    [Fact]
    public Task An_endless_loop_with_nothing_to_pass_the_token_to_is_reported_once_as_a_loop() => Verify.VerifyAsync("""
        partial class Pump
        {
            private long _ticks;

            [Supervised]
            private async Task SampleAsync(CancellationToken stoppingToken)
            {
                {|SUP103:while|} (true)
                {
                    _ticks++;
                    await Task.Yield();
                }
            }
        }
        """);

    [Fact]
    public Task An_async_void_worker_is_reported_once_by_SUP002() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async void {|SUP002:Tick|}(CancellationToken stoppingToken) => await Task.Delay(10, stoppingToken);
        }
        """);

    [Fact]
    public Task With_SUP002_off_an_async_void_worker_is_reported_by_SUP106() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async void {|SUP106:Tick|}(CancellationToken stoppingToken) => await Task.Delay(10, stoppingToken);
        }
        """, "dotnet_diagnostic.SUP002.severity = none");

    [Fact]
    public Task A_discarded_Task_Run_is_reported_once_as_fire_and_forget() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task DrainAsync(CancellationToken stoppingToken)
            {
                _ = Task.{|SUP107:Run|}(() => Console.WriteLine("flush"));
                await Task.Delay(100, stoppingToken);
            }
        }
        """);

    [Fact]
    public Task With_SUP107_off_the_discarded_Task_Run_is_asked_for_the_token() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task DrainAsync(CancellationToken stoppingToken)
            {
                _ = Task.{|SUP102:Run|}(() => Console.WriteLine("flush"));
                await Task.Delay(100, stoppingToken);
            }
        }
        """, "dotnet_diagnostic.SUP107.severity = none");
}
