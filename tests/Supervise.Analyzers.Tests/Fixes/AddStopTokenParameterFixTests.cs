using Verify = Supervise.Analyzers.Tests.Support.CodeFixVerifier<Supervise.Analyzers.Workers.MissingStopTokenRule, Supervise.CodeFixes.AddStopTokenParameterCodeFix>;

namespace Supervise.Analyzers.Tests.Fixes;

public sealed class AddStopTokenParameterFixTests
{
    [Fact]
    public Task A_stoppingToken_parameter_is_added() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private Task {|SUP100:PumpAsync|}() => Task.CompletedTask;
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task The_using_for_CancellationToken_is_added_when_missing() => Verify.VerifyFixWithoutUsingsAsync("""
        using Supervise;

        partial class Pump
        {
            [Supervised]
            private void {|SUP100:Poll|}() { }
        }
        """, """
        using System.Threading;
        using Supervise;

        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken) { }
        }
        """);

    [Fact]
    public Task Fix_all_adds_the_parameter_to_every_worker() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private Task {|SUP100:ReadAsync|}() => Task.CompletedTask;

            [Supervised]
            private static void {|SUP100:Flush|}() { }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private Task ReadAsync(CancellationToken stoppingToken) => Task.CompletedTask;

            [Supervised]
            private static void Flush(CancellationToken stoppingToken) { }
        }
        """);
}
