using Supervise.Analyzers.Tests.Support;
using Supervise.Analyzers.Workers;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.StopTokenNeverReadAnalyzer>;

namespace Supervise.Analyzers.Tests.Workers;

public sealed class StopTokenNeverReadTests
{
    [Fact]
    public Task A_worker_that_never_reads_its_token_is_reported_on_the_parameter() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken {|#0:stoppingToken|})
            {
                await Task.Yield();
            }
        }
        """, Verify.Diagnostic("SUP101").WithLocation(0).WithArguments("PumpAsync", "stoppingToken"));
}
