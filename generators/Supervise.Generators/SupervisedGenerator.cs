using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Supervise.Generators.Emitting;
using Supervise.Generators.Model;
using Supervise.Generators.Parsing;

namespace Supervise.Generators;

/// <summary>
/// Writes a supervision loop for every method marked <c>[Supervised]</c>: one file per containing
/// type, holding a <c>Supervisor</c> property and its specialised loop per worker.
/// </summary>
/// <remarks>
/// Never reports diagnostics: methods that cannot be supervised are skipped, and the analyzers say why.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class SupervisedGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var workers = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeDefaults.AttributeMetadataName,
                static (node, _) => node is MethodDeclarationSyntax,
                static (attributeContext, cancellationToken) => WorkerParser.Parse(attributeContext, cancellationToken))
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
            output.AddSource(typeAndNullability.Left.Type.HintName, SupervisorEmitter.Emit(typeAndNullability.Left, typeAndNullability.Right)));
    }
}
