namespace Supervise.Analyzers;

/// <summary>Every rule the analyzers report, in one place: ID, category, default severity, help page.</summary>
internal static class DiagnosticDescriptors
{
    private const string HelpLinkBase = "https://github.com/supervise-generators/supervise/blob/main/analyzers/docs/";

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Create(
        DiagnosticIds.ContainingTypeNotPartial,
        "The type of a supervised worker must be partial",
        "'{0}' cannot be supervised: its containing type '{1}' is not partial",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        "The generator adds the supervisor to the worker's type, so that type and every type containing it must be declared partial. Until then no supervisor is generated.");

    public static readonly DiagnosticDescriptor UnsupportedWorkerSignature = Create(
        DiagnosticIds.UnsupportedWorkerSignature,
        "The worker's signature cannot be supervised",
        "'{0}' cannot be supervised: {1}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        "A worker is an ordinary, non-generic method with a body that returns Task, ValueTask or void and takes nothing, a CancellationToken, a SupervisionContext, or both. No supervisor is generated for any other method.");

    public static readonly DiagnosticDescriptor InvalidSupervisedOption = Create(
        DiagnosticIds.InvalidSupervisedOption,
        "A [Supervised] value is invalid",
        "[Supervised] on '{0}': {1}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        "A value a supervisor cannot run with: a negative time, a value outside its enum, options that contradict each other, a StopOn or RestartOn type that is no exception. No supervisor is generated.");

    public static readonly DiagnosticDescriptor GeneratedNameCollision = Create(
        DiagnosticIds.GeneratedNameCollision,
        "A generated member's name is already taken",
        "'{0}' cannot be supervised: {1}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        "The generator adds a property, a nested class and a field named after the worker. When one of those names is already used, or two workers would get the same one, no supervisor is generated for them.");

    public static readonly DiagnosticDescriptor IgnoredSupervisedOption = Create(
        DiagnosticIds.IgnoredSupervisedOption,
        "A [Supervised] value has no effect",
        "[Supervised] on '{0}': {1}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "The supervisor runs, but ignores this value under the chosen policy or restart mode: a delay with RestartPolicy.Immediate, or a restart option with RestartMode.Never. The attribute reads as if it did something it does not.");

    public static readonly DiagnosticDescriptor SpinningRestartPolicy = Create(
        DiagnosticIds.SpinningRestartPolicy,
        "An Immediate policy without a restart limit can spin",
        "[Supervised] on '{0}': Policy = RestartPolicy.Immediate with neither MaxRestarts nor a circuit breaker restarts a failing worker as fast as a core allows; set MaxRestarts and RestartWindowMs, or CircuitBreakerThreshold",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "RestartPolicy.Immediate restarts without a pause. A worker that fails at once (a missing connection string, a bad message it keeps reading) is then restarted millions of times a minute, burning a core and flooding the logs, and the supervisor never gives up. A restart limit or a circuit breaker bounds it.");

    public static readonly DiagnosticDescriptor MissingStopToken = Create(
        DiagnosticIds.MissingStopToken,
        "The worker has no stop token",
        "'{0}' takes no stop token, so a stop can only abandon it; add a CancellationToken parameter",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "Without a CancellationToken or SupervisionContext parameter the supervisor has no way to ask the worker to stop: it waits out the shutdown timeout and reports the worker as unstopped.");

    public static readonly DiagnosticDescriptor StopTokenNeverRead = Create(
        DiagnosticIds.StopTokenNeverRead,
        "The worker never reads its stop token",
        "'{0}' never reads its stop token '{1}', so it cannot notice a stop",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "A stop cancels the worker's token. A worker that never looks at it, nor passes it on, runs until the shutdown timeout and is then reported as unstopped.");

    public static readonly DiagnosticDescriptor StopTokenNotForwarded = Create(
        DiagnosticIds.StopTokenNotForwarded,
        "The stop token is not passed to a call that accepts one",
        "'{0}' is not passed to '{1}', so a stop cannot interrupt it",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "The call has an overload with a trailing CancellationToken, or an optional token left at its default, or it is an await foreach without WithCancellation. Passing the worker's stop token lets a stop interrupt it.");

    public static readonly DiagnosticDescriptor LoopIgnoresCancellation = Create(
        DiagnosticIds.LoopIgnoresCancellation,
        "A loop that can run forever never observes cancellation",
        "The loop '{0}' can run forever and never observes '{1}'",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "A loop with no condition, a constant true condition or a flag condition, and no exit, keeps the worker running after a stop unless something in it looks at the stop token.");

    public static readonly DiagnosticDescriptor BlockingWait = Create(
        DiagnosticIds.BlockingWait,
        "A blocking wait inside a worker",
        "'{0}' blocks the worker's thread: {1}",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "Thread.Sleep, Task.Wait, Task.Result, GetAwaiter().GetResult() and wait handles hold a thread-pool thread and ignore the stop token. Await instead, or wait on the token. In async code even a wait on the token (token.WaitHandle.WaitOne, Task.Wait(token)) holds a thread until the stop, where an await would hold none.");

    public static readonly DiagnosticDescriptor CatchSwallowsCancellation = Create(
        DiagnosticIds.CatchSwallowsCancellation,
        "A catch inside a loop swallows the cancellation of a stop",
        "This catch swallows the OperationCanceledException of a stop, so cancelling '{0}' only starts another turn of the loop '{1}'",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "A catch of Exception (or of OperationCanceledException) without a filter, a rethrow or an exit turns the stop into one more iteration, and the loop never observes the token anywhere else.");

    public static readonly DiagnosticDescriptor WorkerNeverEnds = Create(
        DiagnosticIds.WorkerNeverEnds,
        "The worker can never signal completion",
        "'{0}' can never signal completion: {1}",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "The supervisor learns that a run ended when the worker returns, throws or is cancelled. An async void worker, an infinite wait without the stop token, or a body with no way out at all leaves it waiting forever.");

    public static readonly DiagnosticDescriptor FireAndForget = Create(
        DiagnosticIds.FireAndForget,
        "Work started inside a worker is never awaited",
        "'{0}' is started but never awaited, so the supervisor never sees it fail",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "A task that is discarded, or an async void call, fails on its own: the worker does not fail with it, so the supervisor never restarts anything.");

    public static readonly DiagnosticDescriptor UntrackedHostedWork = Create(
        DiagnosticIds.UntrackedHostedWork,
        "A hosted service starts work it never tracks",
        "'{0}' starts '{1}' and {2}, so its failure goes unseen and the host's stop cannot wait for it; make the loop a [Supervised] worker or a BackgroundService",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "IHostedService.StartAsync is for starting, not for running: a loop it launches with Task.Run, Task.Factory.StartNew or an unawaited async call runs on its own. Unless the task is kept and StopAsync awaits it, an exception ends the loop silently and the host stops without waiting for it.");

    public static readonly DiagnosticDescriptor AsyncVoidCallback = Create(
        DiagnosticIds.AsyncVoidCallback,
        "An async void callback can never signal completion or failure",
        "{0} is async void and handed to {1}, so nothing can wait for it to finish or see it fail",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "A timer callback or event handler declared async void returns at its first await. Its failure is raised on the thread pool (or lost), nobody can await it at stop, and the next tick can start while it still runs.");

    public static readonly DiagnosticDescriptor TokenStopsAtHelper = Create(
        DiagnosticIds.TokenStopsAtHelper,
        "The stop token stops at a helper that takes none",
        "'{0}' takes no CancellationToken, so '{1}' cannot reach '{2}' inside it; add a token parameter and pass it on",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "The worker calls a method of its own code that takes no token, and that method (or one it calls) calls an API that accepts one. The stop cannot interrupt that API: the worker waits it out, and a stop runs into the shutdown timeout.");

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLinkBase + id + ".md");
}
