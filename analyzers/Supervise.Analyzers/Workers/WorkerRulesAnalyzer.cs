using System.Linq;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// Runs the worker rules (SUP100–SUP107, SUP110) on every worker body, <c>[Supervised]</c> or
/// <c>BackgroundService.ExecuteAsync</c>: the types are resolved once per compilation into a
/// <see cref="WorkerAnalysis"/>, and each body's facts once into a <see cref="Worker"/> that every rule reads.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WorkerRulesAnalyzer : DiagnosticAnalyzer
{
    internal static ImmutableArray<WorkerRule> Rules { get; } = ImmutableArray.Create<WorkerRule>(
        new MissingStopTokenRule(),
        new StopTokenNeverReadRule(),
        new StopTokenNotForwardedRule(),
        new LoopIgnoresCancellationRule(),
        new BlockingWaitRule(),
        new CatchSwallowsCancellationRule(),
        new WorkerNeverEndsRule(),
        new FireAndForgetRule(),
        new TokenStopsAtHelperRule());

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Rules.Select(rule => rule.Descriptor).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (WorkerAnalysis.Start(start.Compilation, start.Options, Rules) is { } analysis)
            {
                start.RegisterOperationBlockAction(analysis.Analyze);
            }
        });
    }
}
