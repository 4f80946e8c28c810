using System.Threading;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Judging;
using Supervise.Generators.Model;

namespace Supervise.Generators;

/// <summary>The generator's first step: the method <c>ForAttributeWithMetadataName</c> found, judged, and read into its model when accepted.</summary>
internal static class WorkerTransform
{
    public static WorkerModel? Accept(GeneratorAttributeSyntaxContext context, CompilationTypes compilationTypes, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var types = compilationTypes.For(context.SemanticModel.Compilation);
        var verdict = WorkerJudge.Judge(method, context.Attributes, types);
        return verdict.IsAccepted ? WorkerModelReader.Read(verdict, types) : null;
    }
}
