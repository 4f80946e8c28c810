using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Supervise.Generators.Emitting;
using Supervise.Generators.Grouping;
using Supervise.Generators.Judging;

namespace Supervise.Generators;

/// <summary>
/// Writes a supervision loop for every method marked <c>[Supervised]</c>: one file per containing
/// type, holding a <c>Supervisor</c> property and its specialised loop per worker.
/// </summary>
/// <remarks>
/// Never reports diagnostics: the judge's rejections are skipped here, and the analyzers word them.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class SupervisedGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var compilationTypes = new CompilationTypes();
        var workers = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownTypes.SupervisedAttributeName,
                static (node, _) => node is MethodDeclarationSyntax,
                (attributeContext, cancellationToken) => WorkerTransform.Accept(attributeContext, compilationTypes, cancellationToken))
            .WithTrackingName(TrackingNames.Workers)
            .Where(static worker => worker is not null)
            .Select(static (worker, _) => worker!)
            .WithTrackingName(TrackingNames.ValidWorkers);

        var types = workers
            .Collect()
            .SelectMany(static (all, _) => SupervisedTypeModel.Group(all))
            .WithTrackingName(TrackingNames.SupervisedTypes);

        // C# 7.3 (the default of netstandard2.0 and .NET Framework projects) has no nullable annotations:
        // the same code is emitted without them.
        var annotatesNullability = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 });

        context.RegisterSourceOutput(types.Combine(annotatesNullability), static (output, typeAndNullability) =>
            output.AddSource(typeAndNullability.Left.HintName, SupervisorEmitter.Emit(typeAndNullability.Left, typeAndNullability.Right)));
    }
}
