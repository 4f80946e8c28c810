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

    public static readonly DiagnosticDescriptor EmptySupervisionGroup = Create(
        DiagnosticIds.EmptySupervisionGroup,
        "A supervision group has no children",
        "[SupervisionGroup] on '{0}' has no effect: the type has no instance [Supervised] method without keys to be a child, so no Group is generated",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "A group's children are the instance [Supervised] methods of its type that take no keys. A type with none gets no Group property and no ISupervisedGroup, so the attribute reads as if it made a group it does not make.");

    public static readonly DiagnosticDescriptor AutoShutdownWithoutSignificantChild = Create(
        DiagnosticIds.AutoShutdownWithoutSignificantChild,
        "AutoShutdown without a significant child",
        "[SupervisionGroup] on '{0}': AutoShutdown.{1} has no effect, as no child is significant; mark the children whose end ends the group [Supervised(Significant = true)]",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "A group ends by itself when its significant children are done. Without a significant child that never happens: the group runs until it is stopped, and a job-shaped service never exits when its work is done.");

    public static readonly DiagnosticDescriptor InvalidSupervisionGroupOption = Create(
        DiagnosticIds.InvalidSupervisionGroupOption,
        "A [SupervisionGroup] value is invalid",
        "[SupervisionGroup] on '{0}': {1}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        "A value a group cannot run with: MaxRestarts below -1, a negative RestartWindowMs, a Strategy or AutoShutdown outside its enum, a blank Name. No group is generated, and none of its children, which run only in their group.");

    public static readonly DiagnosticDescriptor WorkerNotAGroupChild = Create(
        DiagnosticIds.WorkerNotAGroupChild,
        "A worker of a group type is not a child of the group",
        "'{0}' is not a child of group '{1}': {2}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "A group's children are the instance [Supervised] methods of its type that take no keys. A static worker belongs to the type, not to the instance whose group runs; a worker with keys is a SupervisorSet. Either is supervised on its own: the group does not start, stop or restart it.");

    public static readonly DiagnosticDescriptor ChildOrderAcrossFiles = Create(
        DiagnosticIds.ChildOrderAcrossFiles,
        "A group's children are declared in more than one file",
        "The children of group '{0}' are declared in {1} files, so their start order follows the files' paths: {2}; declare them in one file to make the order the one you read",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "Children start in declaration order and stop in reverse, and OneForAll and RestForOne restart by that order. Across the files of a partial type the files are taken in the ordinal order of their paths (the compiler's own order of files is whatever the build lists), so renaming a file would silently change the start order.");

    public static readonly DiagnosticDescriptor IgnoredSignificant = Create(
        DiagnosticIds.IgnoredSignificant,
        "Significant has no effect",
        "[Supervised] on '{0}': Significant has no effect: {1}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "Significant marks a child of a supervision group whose end can end the group, by the group's AutoShutdown. On a worker that is no group's child, or in a group whose AutoShutdown is Never, nothing reads it.");

    public static readonly DiagnosticDescriptor IgnoredSupervisionGroupOption = Create(
        DiagnosticIds.IgnoredSupervisionGroupOption,
        "A [SupervisionGroup] value has no effect",
        "[SupervisionGroup] on '{0}': {1}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "A group gives up after more than MaxRestarts restarts within RestartWindowMs. With MaxRestarts = -1 there is no limit, so the window is never read: the value looks like a limit the group does not have.");

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
