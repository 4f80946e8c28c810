using Forwarded = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.StopTokenNotForwardedRule>;
using Helper = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.TokenStopsAtHelperRule>;
using NeverRead = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.StopTokenNeverReadRule>;

namespace Supervise.Analyzers.Tests.Workers;

/// <summary>
/// Entry points named in <c>.editorconfig</c>: the worker rules run on implementations of the named methods, with
/// the named member as the stop token. Quartz and Hangfire are declared here as look-alikes of their public surface.
/// </summary>
public sealed class ConfiguredEntryPointTests
{
    private const string Quartz = """

        namespace Quartz
        {
            public interface IJob { Task Execute(IJobExecutionContext context); }

            public interface IJobExecutionContext { CancellationToken CancellationToken { get; } }
        }
        """;

    private const string Hangfire = """

        namespace Hangfire
        {
            public interface IJobCancellationToken { CancellationToken ShutdownToken { get; } }
        }

        namespace Jobs
        {
            public interface IRecurringJob { Task RunAsync(Hangfire.IJobCancellationToken cancellationToken); }

            public abstract class JobBase { public abstract Task RunAsync(Hangfire.IJobCancellationToken cancellationToken); }
        }
        """;

    private const string QuartzConfig = """
        supervise.worker_methods = Quartz.IJob.Execute
        supervise.stop_token = Quartz.IJobExecutionContext.CancellationToken
        """;

    private const string HangfireConfig = """
        supervise.worker_methods = Jobs.IRecurringJob.RunAsync, Jobs.JobBase.RunAsync
        supervise.stop_token = Hangfire.IJobCancellationToken.ShutdownToken
        """;

    private const string QuartzJob = """
        sealed class RatesImportJob : Quartz.IJob
        {
            public async Task Execute(Quartz.IJobExecutionContext context)
            {
                await Task.{|#0:Delay|}(1000);
                context.CancellationToken.ThrowIfCancellationRequested();
            }
        }
        """;

    [Fact]
    public Task A_Quartz_job_is_a_worker_whose_stop_token_is_its_context_s() => Forwarded.VerifyAsync(
        QuartzJob + Quartz,
        QuartzConfig,
        Forwarded.Diagnostic("SUP102").WithLocation(0).WithArguments("context.CancellationToken", "Task.Delay"));

    [Fact]
    public Task Without_the_configuration_a_Quartz_job_is_not_checked() => Forwarded.VerifyAsync(
        QuartzJob.Replace("{|#0:Delay|}", "Delay", StringComparison.Ordinal) + Quartz);

    [Fact]
    public Task A_Quartz_job_that_never_reads_its_context_s_token_is_reported() => NeverRead.VerifyAsync("""
        sealed class CleanupJob : Quartz.IJob
        {
            public async Task Execute(Quartz.IJobExecutionContext {|#0:context|})
            {
                while (true)
                {
                    await Task.Yield();
                }
            }
        }
        """ + Quartz, QuartzConfig, NeverRead.Diagnostic("SUP101").WithLocation(0).WithArguments("Execute", "context.CancellationToken"));

    [Fact]
    public Task A_Hangfire_job_of_an_interface_is_checked_with_its_shutdown_token() => Helper.VerifyAsync("""
        sealed class DigestJob : Jobs.IRecurringJob
        {
            public async Task RunAsync(Hangfire.IJobCancellationToken cancellationToken)
            {
                await {|#0:SendAllAsync|}();
                cancellationToken.ShutdownToken.ThrowIfCancellationRequested();
            }

            private static Task SendAllAsync() => Task.Delay(100);
        }
        """ + Hangfire, HangfireConfig, Helper.Diagnostic("SUP110").WithLocation(0).WithArguments("SendAllAsync", "cancellationToken.ShutdownToken", "Task.Delay"));

    [Fact]
    public Task An_override_of_a_named_base_method_is_checked() => Forwarded.VerifyAsync("""
        sealed class SweepJob : Jobs.JobBase
        {
            public override async Task RunAsync(Hangfire.IJobCancellationToken cancellationToken)
            {
                await Task.{|SUP102:Delay|}(100);
                cancellationToken.ShutdownToken.ThrowIfCancellationRequested();
            }
        }
        """ + Hangfire, HangfireConfig);

    [Fact]
    public Task Other_methods_of_a_job_are_not_workers() => Forwarded.VerifyAsync("""
        sealed class RatesImportJob : Quartz.IJob
        {
            public Task Execute(Quartz.IJobExecutionContext context) => Task.Delay(1, context.CancellationToken);

            public Task WarmUpAsync() => Task.Delay(1000);
        }
        """ + Quartz, QuartzConfig);

    [Fact]
    public void A_semicolon_separates_names_too() =>
        Assert.Equal(2, Supervise.Analyzers.Workers.ConfiguredEntryPoints.Names("Quartz.IJob.Execute;Jobs.JobBase.RunAsync").Count());

    [Fact]
    public Task Names_that_resolve_to_nothing_are_ignored() => Forwarded.VerifyAsync(
        QuartzJob.Replace("{|#0:Delay|}", "Delay", StringComparison.Ordinal) + Quartz,
        "supervise.worker_methods = Quartz.IMissing.Execute, NotAName, .\nsupervise.stop_token = Quartz.IJobExecutionContext.Missing");
}
