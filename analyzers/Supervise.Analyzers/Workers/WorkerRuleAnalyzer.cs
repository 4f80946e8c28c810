using Microsoft.CodeAnalysis.Diagnostics;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// What every worker rule (SUP1xx) does first: resolve the types once per compilation, then hand each
/// worker body, <c>[Supervised]</c> or <c>BackgroundService.ExecuteAsync</c>, to the rule.
/// </summary>
public abstract class WorkerRuleAnalyzer : DiagnosticAnalyzer
{
    private protected WorkerRuleAnalyzer()
    {
    }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (WorkerSymbols.For(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationBlockAction(block =>
            {
                if (Worker.Find(block, symbols) is { } worker)
                {
                    Analyze(new WorkerContext(block, worker, symbols));
                }
            });
        });
    }

    private protected abstract void Analyze(WorkerContext context);
}
