using Microsoft.CodeAnalysis.CSharp.Syntax;
using Supervise.Analyzers.Workers;

namespace Supervise.Analyzers.Background;

/// <summary>
/// SUP108: a hosted service's start method (<c>IHostedService.StartAsync</c>, <c>IHostedLifecycleService</c>'s
/// <c>StartingAsync</c>/<c>StartedAsync</c>) launches work it never tracks: a task it discards, an async void
/// call, a task in a local never read again, or a task kept in a field or property that no stop method
/// mentions. The bodies of <c>Task.Run</c> and <c>StartNew</c> delegates are the launched work, not the start's.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UntrackedHostedWorkAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UntrackedHostedWork);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (HostedServiceStarts.Resolve(start.Compilation) is { } starts && TaskTypes.Resolve(start.Compilation) is { } tasks)
            {
                start.RegisterOperationBlockAction(block => Analyze(block, starts, tasks));
            }
        });
    }

    private static void Analyze(OperationBlockAnalysisContext block, HostedServiceStarts starts, TaskTypes tasks)
    {
        if (block.OwningSymbol is not IMethodSymbol method || !starts.IsStart(method))
        {
            return;
        }

        foreach (var body in block.OperationBlocks)
        {
            var invocations = new List<IInvocationOperation>();
            var unresolved = new List<InvocationExpressionSyntax>();
            var readLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            Collect(body, tasks, invocations, unresolved, readLocals);
            foreach (var call in unresolved)
            {
                if (call.Expression is MemberAccessExpressionSyntax { Name: var name } && name.Identifier.ValueText.EndsWith("Async", System.StringComparison.Ordinal))
                {
                    block.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UntrackedHostedWork, name.GetLocation(), StartName(method), name.Identifier.ValueText, "discards its task"));
                }
            }

            foreach (var invocation in invocations)
            {
                if (Untracked(invocation, method, starts, tasks, readLocals, block.CancellationToken) is { } how)
                {
                    block.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.UntrackedHostedWork,
                        CallNames.NameLocation(invocation),
                        StartName(method),
                        CallNames.Display(invocation.TargetMethod),
                        how));
                }
            }
        }
    }

    /// <summary>The interface member's name, also for an explicit implementation.</summary>
    private static string StartName(IMethodSymbol method) => method.Name.Substring(method.Name.LastIndexOf('.') + 1);

    /// <summary>
    /// The calls of the start method and its lambdas, leaving out what the launched delegates and local functions run;
    /// and the statements that call a method that does not bind (its package not restored yet), whose name alone says
    /// whether it returns a task.
    /// </summary>
    private static void Collect(IOperation body, TaskTypes tasks, List<IInvocationOperation> invocations, List<InvocationExpressionSyntax> unresolved, HashSet<ILocalSymbol> readLocals)
    {
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            switch (operation)
            {
                case ILocalFunctionOperation:
                    continue;
                case IAnonymousFunctionOperation when IsLaunchedDelegate(operation, tasks):
                    continue;
                case IInvocationOperation invocation:
                    invocations.Add(invocation);
                    break;
                case IInvalidOperation { Syntax: InvocationExpressionSyntax { Parent: ExpressionStatementSyntax } call }:
                    unresolved.Add(call);
                    break;
                case ILocalReferenceOperation local when !(local.Parent is IAssignmentOperation assignment && assignment.Target == local):
                    readLocals.Add(local.Local);
                    break;
            }

            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>How the work goes untracked, for the message; null when it is awaited, returned, handed on or kept where a stop sees it.</summary>
    private static string? Untracked(IInvocationOperation invocation, IMethodSymbol start, HostedServiceStarts starts, TaskTypes tasks, HashSet<ILocalSymbol> readLocals, System.Threading.CancellationToken cancellationToken)
    {
        if (invocation.TargetMethod is { IsAsync: true, ReturnsVoid: true })
        {
            return "it is async void";
        }

        if (!tasks.IsTask(invocation.Type))
        {
            return null;
        }

        var user = Climb(invocation);
        return user.Parent switch
        {
            IExpressionStatementOperation => "discards its task",
            ISimpleAssignmentOperation { Target: IDiscardOperation, Parent: IExpressionStatementOperation } => "discards its task",
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } when !readLocals.Contains(local.Local) => $"never reads the task kept in '{local.Local.Name}'",
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } when !readLocals.Contains(declarator.Symbol) => $"never reads the task kept in '{declarator.Symbol.Name}'",
            ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member }
                when !AnyStopMentions(start.ContainingType, starts, member.Member.Name, cancellationToken)
                => $"keeps its task in '{member.Member.Name}', which StopAsync never awaits",
            _ => null,
        };
    }

    /// <summary>The task as its user sees it: through conversions, parentheses and <c>ConfigureAwait</c>.</summary>
    private static IOperation Climb(IOperation operation)
    {
        while (operation.Parent is IConversionOperation or IParenthesizedOperation
            || operation.Parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure && configure.Instance == operation)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>Whether a stop method of the type names the member at all: awaiting it, handing it to <c>Task.WhenAny</c>, or anything else.</summary>
    private static bool AnyStopMentions(INamedTypeSymbol type, HostedServiceStarts starts, string member, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var stop in starts.StopsOf(type))
        {
            foreach (var reference in stop.DeclaringSyntaxReferences)
            {
                foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
                {
                    if (node is IdentifierNameSyntax name && name.Identifier.ValueText == member)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether the lambda is the work a <c>Task.Run</c> or <c>TaskFactory.StartNew</c> launches.</summary>
    private static bool IsLaunchedDelegate(IOperation lambda, TaskTypes tasks)
    {
        var user = lambda.Parent;
        while (user is IDelegateCreationOperation or IConversionOperation)
        {
            user = user.Parent;
        }

        return user is IArgumentOperation { Parent: IInvocationOperation call } && tasks.IsLaunch(call.TargetMethod);
    }
}
