using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.MissingStopTokenRule>;

namespace Supervise.Analyzers.Tests.Workers;

public sealed class MissingStopTokenTests
{
    [Fact]
    public Task A_task_worker_without_parameters_is_reported_on_its_name() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task {|#0:PumpAsync|}() => Task.CompletedTask;
        }
        """, Verify.Diagnostic("SUP100").WithLocation(0).WithArguments("PumpAsync"));

    [Fact]
    public Task A_synchronous_worker_without_parameters_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private static void {|SUP100:Poll|}() { }
        }
        """);

    [Fact]
    public Task A_worker_taking_a_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
        }
        """);

    [Fact]
    public Task A_worker_taking_only_a_context_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(SupervisionContext context) => Task.Delay(10, context.StoppingToken);
        }
        """);

    [Fact]
    public Task A_method_without_the_attribute_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private Task PumpAsync() => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task A_worker_whose_signature_is_rejected_is_left_to_SUP002() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private int Count() => 0;
        }
        """);
}
