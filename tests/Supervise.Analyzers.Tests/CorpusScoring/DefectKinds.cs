namespace Supervise.Analyzers.Tests.CorpusScoring;

/// <summary>
/// The one table from a corpus tag (<c>// expect: token-not-passed</c>) to the rule that should report it.
/// The corpus names defects by kind, not by ID, so a rule that changes its ID changes one line here.
/// </summary>
internal static class DefectKinds
{
    public const string Clean = "clean";

    public static IReadOnlyDictionary<string, string> RuleFor { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // A call that accepts a token is not given the stop token (CA2016's finding, inside a worker).
        ["token-not-passed"] = "SUP102",

        // The worker calls a project helper that takes no token, and the helper calls APIs that accept one.
        ["token-stops-at-helper"] = "SUP110",

        // StartAsync (or a lifecycle start) launches work nobody tracks: Task.Run, StartNew, a discarded call, a task StopAsync never awaits.
        ["untracked-start-work"] = "SUP108",

        // An async void method or lambda handed to a timer or an event.
        ["async-void-callback"] = "SUP109",

        // A [Supervised] worker that is async void: the generator rejects it.
        ["async-void-worker"] = "SUP002",

        // Thread.Sleep, Task.Wait(), .Result, GetAwaiter().GetResult() in a worker.
        ["blocking-wait"] = "SUP104",

        // token.WaitHandle.WaitOne, Task.Wait(token), Task.WaitAll(…, token) in async code: the stop ends them, but they hold a thread until it does.
        ["blocking-token-wait"] = "SUP104",

        // A catch in a loop turns the stop's OperationCanceledException into one more turn.
        ["catch-swallows-cancellation"] = "SUP105",

        // A loop that can run forever and never looks at the token.
        ["loop-ignores-token"] = "SUP103",

        // Work started inside a worker that nobody awaits.
        ["fire-and-forget"] = "SUP107",

        // A worker that takes a token and never reads it, where that matters.
        ["token-never-read"] = "SUP101",

        // A worker that can never signal completion.
        ["never-ends"] = "SUP106",
    };
}
