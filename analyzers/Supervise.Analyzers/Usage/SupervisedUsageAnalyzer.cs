using System;
using System.Linq;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// Runs the usage rules (SUP001–SUP006) and the supervision group rules (SUP010–SUP016). For each type it
/// judges every <c>[Supervised]</c> method once, with the generator's own judge, applies the generator's clash
/// rule to those it accepts, and hands each verdict to the rules to word: so they report exactly the workers
/// the generator skips. The group rules then see the type's verdicts together, with its <c>[SupervisionGroup]</c>. A project without
/// <c>Supervise.SupervisedAttribute</c> costs nothing past compilation start.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SupervisedUsageAnalyzer : DiagnosticAnalyzer
{
    private static readonly UnsupportedWorkerSignatureRule Signatures = new();

    internal static ImmutableArray<UsageRule> Rules { get; } =
        ImmutableArray.Create<UsageRule>(new ContainingTypeNotPartialRule(), Signatures, new InvalidSupervisedOptionRule(), new GeneratedNameCollisionRule(), new IgnoredSupervisedOptionRule(), new SpinningRestartPolicyRule());

    internal static ImmutableArray<GroupRule> TypeRules { get; } =
        ImmutableArray.Create<GroupRule>(
            new EmptySupervisionGroupRule(),
            new AutoShutdownWithoutSignificantChildRule(),
            new InvalidSupervisionGroupOptionRule(),
            new WorkerNotAGroupChildRule(),
            new ChildOrderAcrossFilesRule(),
            new IgnoredSignificantRule(),
            new IgnoredSupervisionGroupOptionRule());

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        Rules.Select(rule => rule.Descriptor).Concat(TypeRules.Select(rule => rule.Descriptor)).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = WellKnownTypes.From(start.Compilation);
            if (types.SupervisedAttribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, types), SymbolKind.NamedType);
            start.RegisterOperationAction(operation => AnalyzeNestedFunction(operation, types), OperationKind.LocalFunction, OperationKind.AnonymousFunction);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, WellKnownTypes types)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var verdicts = JudgeWorkers(type, types);
        var groupAttribute = SupervisionGroupReader.FindAttribute(type, types);
        if (verdicts is null && groupAttribute is null)
        {
            return;
        }

        foreach (var (verdict, attribute) in verdicts ?? Enumerable.Empty<(WorkerVerdict, AttributeData)>())
        {
            if (verdict.Method.Locations.IsEmpty)
            {
                continue;
            }

            var usage = new UsageContext(context, verdict, attribute);
            foreach (var rule in Rules)
            {
                rule.Report(usage);
            }
        }

        var group = groupAttribute is null ? null : SupervisionGroupReader.Read(groupAttribute);
        var typeUsage = new GroupUsageContext(context, type, groupAttribute, group, (IReadOnlyList<(WorkerVerdict, AttributeData)>?)verdicts ?? Array.Empty<(WorkerVerdict, AttributeData)>());
        foreach (var rule in TypeRules)
        {
            rule.Report(typeUsage);
        }
    }

    /// <summary>The verdict on each <c>[Supervised]</c> method of the type, clashes between its accepted workers included; null when it has none.</summary>
    private static List<(WorkerVerdict Verdict, AttributeData Attribute)>? JudgeWorkers(INamedTypeSymbol type, WellKnownTypes types)
    {
        List<(WorkerVerdict Verdict, AttributeData Attribute)>? verdicts = null;
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol method && SupervisedAttributes.On(method, types) is { IsEmpty: false } attributes)
            {
                (verdicts ??= new()).Add((WorkerJudge.Judge(method, attributes, types), attributes[0]));
            }
        }

        if (verdicts is null)
        {
            return null;
        }

        var accepted = new List<int>();
        for (var i = 0; i < verdicts.Count; i++)
        {
            if (verdicts[i].Verdict.IsAccepted)
            {
                accepted.Add(i);
            }
        }

        var clashes = WorkerClashes.Find(accepted.Select(index => verdicts[index].Verdict.Names).ToList());
        for (var i = 0; i < accepted.Count; i++)
        {
            if (clashes[i] is { } clash)
            {
                var rival = verdicts[accepted[clash.Rival]].Verdict;
                var index = accepted[i];
                verdicts[index] = (verdicts[index].Verdict.With(new Rejection.Rival(rival.Method, rival.Names, clash.Name)), verdicts[index].Attribute);
            }
        }

        return verdicts;
    }

    /// <summary>A local function or lambda marked <c>[Supervised]</c>: the generator never looks at them (SUP002).</summary>
    private static void AnalyzeNestedFunction(OperationAnalysisContext context, WellKnownTypes types)
    {
        var function = context.Operation switch
        {
            ILocalFunctionOperation local => local.Symbol,
            IAnonymousFunctionOperation lambda => lambda.Symbol,
            _ => null,
        };
        if (function is not null && SupervisedAttributes.On(function, types) is { IsEmpty: false } attributes)
        {
            context.ReportDiagnostic(Signatures.DescribeNestedFunction(function, attributes[0], context.Operation, context.CancellationToken));
        }
    }
}
