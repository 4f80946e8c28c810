using System.Threading;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP002: <c>[Supervised]</c> on something the generator cannot supervise: a signature the judge rejects,
/// a type chain it cannot redeclare, or a local function or lambda (which the generator never looks at).
/// </summary>
internal sealed class UnsupportedWorkerSignatureRule() : UsageRule(DiagnosticDescriptors.UnsupportedWorkerSignature)
{
    public override void Report(UsageContext context)
    {
        foreach (var rejection in context.Verdict.Rejections)
        {
            var message = rejection switch
            {
                Rejection.Shape shape => ShapeProblemMessages.Describe(context.Method, shape.Problem),
                Rejection.Chain chain => ShapeProblemMessages.DescribeChain(context.Method.ContainingType, chain),
                _ => null,
            };
            if (message is not null)
            {
                // Async void is also SUP106's finding; it is reported here, with SUP106's fix, while this rule is on.
                var properties = rejection is Rejection.Shape { Problem: WorkerShapeProblem.AsyncVoid }
                    ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.FixKind, FixKinds.ReturnTask)
                    : ImmutableDictionary<string, string?>.Empty;
                context.Report(Diagnostic.Create(Descriptor, context.MethodLocation, properties, context.Method.Name, message));
            }
        }
    }

    /// <summary>The diagnostic for a local function or lambda, on its attribute.</summary>
    public Diagnostic DescribeNestedFunction(IMethodSymbol function, AttributeData attribute, IOperation operation, CancellationToken cancellationToken)
    {
        var location = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? operation.Syntax.GetLocation();
        return function.MethodKind == MethodKind.LocalFunction
            ? Diagnostic.Create(Descriptor, location, function.Name, ShapeProblemMessages.DescribeLocalFunction())
            : Diagnostic.Create(Descriptor, location, "lambda", ShapeProblemMessages.DescribeLambda());
    }
}
