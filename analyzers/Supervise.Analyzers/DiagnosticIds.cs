namespace Supervise.Analyzers;

/// <summary>The rule IDs, shared by the analyzers, the code fixes and the docs (<c>analyzers/docs/SUPnnn.md</c>).</summary>
internal static class DiagnosticIds
{
    public const string ContainingTypeNotPartial = "SUP001";
    public const string UnsupportedWorkerSignature = "SUP002";
    public const string InvalidSupervisedOption = "SUP003";
    public const string GeneratedNameCollision = "SUP004";
    public const string IgnoredSupervisedOption = "SUP005";
    public const string SpinningRestartPolicy = "SUP006";
    public const string EmptySupervisionGroup = "SUP010";
    public const string AutoShutdownWithoutSignificantChild = "SUP011";
    public const string InvalidSupervisionGroupOption = "SUP012";
    public const string WorkerNotAGroupChild = "SUP013";
    public const string ChildOrderAcrossFiles = "SUP014";
    public const string IgnoredSignificant = "SUP015";
    public const string IgnoredSupervisionGroupOption = "SUP016";
    public const string MissingStopToken = "SUP100";
    public const string StopTokenNeverRead = "SUP101";
    public const string StopTokenNotForwarded = "SUP102";
    public const string LoopIgnoresCancellation = "SUP103";
    public const string BlockingWait = "SUP104";
    public const string CatchSwallowsCancellation = "SUP105";
    public const string WorkerNeverEnds = "SUP106";
    public const string FireAndForget = "SUP107";
    public const string UntrackedHostedWork = "SUP108";
    public const string AsyncVoidCallback = "SUP109";
    public const string TokenStopsAtHelper = "SUP110";
}
