using System.Linq;

namespace Supervise.Analyzers.Usage;

/// <summary>What SUP002 says for each reason the generator gives for not supervising a method.</summary>
internal static class ShapeProblemMessages
{
    public static string Describe(IMethodSymbol method, WorkerShapeProblem problem) => problem switch
    {
        WorkerShapeProblem.NotAnOrdinaryMethod => DescribeKind(method),
        WorkerShapeProblem.Generic => "it is generic, and the supervisor cannot choose its type arguments",
        WorkerShapeProblem.Abstract => "it is abstract; a worker needs a body",
        WorkerShapeProblem.Extern => "it is extern; a worker needs a body",
        WorkerShapeProblem.PartialWithoutBody => "it is a partial method without an implementation",
        WorkerShapeProblem.AsyncVoid => "it is async void, so the supervisor can never see it end or fail; return Task",
        WorkerShapeProblem.ReturnsByRef => "it returns by reference; return Task, ValueTask, Task<T>, ValueTask<T> or void",
        WorkerShapeProblem.ReturnType => $"it returns {Display(method.ReturnType)}; return Task, ValueTask, Task<T>, ValueTask<T> (the result is ignored) or void",
        WorkerShapeProblem.Parameters => $"it takes ({Parameters(method)}); its CancellationToken and SupervisionContext must be passed by value",
        WorkerShapeProblem.KeyPassedByReference => $"it takes ({Parameters(method)}): a parameter before the token is a key, kept by its supervisor and passed to every run, so it cannot be ref, out or in",
        WorkerShapeProblem.KeyCannotBeKept => $"it takes ({Parameters(method)}): a parameter before the token is a key, kept by its supervisor between runs, so it cannot be a pointer or a ref struct",
        WorkerShapeProblem.ParamsParameter => $"it takes ({Parameters(method)}); a params parameter cannot be a key: take an array or a list instead",
        WorkerShapeProblem.KeyTypeNotAKey => $"it takes ({Parameters(method)}): a key of its set of supervisors cannot be a type parameter or a nullable value type; take a concrete type",
        WorkerShapeProblem.TokenBeforeKey => $"it takes ({Parameters(method)}); the CancellationToken and SupervisionContext come last, after the parameters that key its supervisors",
        WorkerShapeProblem.BackgroundServiceLifecycleOverridden => $"'{Display(method.ContainingType)}' overrides StartAsync, StopAsync or ExecuteTask itself, which the generator writes to run ExecuteAsync supervised; remove those overrides (move their work into ExecuteAsync, or into a worker of its own)",
        WorkerShapeProblem.UnsupportedContainingType => $"it is declared in {DescribeType(method.ContainingType)}; workers live in classes, records and structs",
        WorkerShapeProblem.InstanceWorkerInStruct => $"it is an instance method of the struct '{Display(method.ContainingType)}', and the supervisor would run it on a copy; make it static",
        WorkerShapeProblem.InstanceWorkerInRecord => $"it is an instance method of the record '{Display(method.ContainingType)}', whose equality and ToString would include its supervisor; make it static or move it to a class",
        _ => "the generator cannot supervise it",
    };

    /// <summary>Why a chain of types the generator cannot redeclare rules the worker out.</summary>
    public static string DescribeChain(INamedTypeSymbol type, Rejection.Chain chain) => chain.HasBrokenConstraint
        ? $"a type parameter constraint of '{Display(chain.Type)}' names a type that does not exist"
        : $"its type '{Display(type)}' is nested in {DescribeType(chain.Type)}, which the generator cannot extend";

    public static string DescribeLocalFunction() => "it is a local function; put [Supervised] on a method of its type";

    public static string DescribeLambda() => "it is a lambda; put [Supervised] on a method of its type";

    private static string DescribeKind(IMethodSymbol method) => method.MethodKind switch
    {
        MethodKind.ExplicitInterfaceImplementation => "it implements an interface member explicitly; supervise a method of its own that the implementation calls",
        MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove => "it is an accessor; put [Supervised] on a method",
        MethodKind.UserDefinedOperator or MethodKind.Conversion => "it is an operator; put [Supervised] on a method",
        MethodKind.LocalFunction => DescribeLocalFunction(),
        _ => "it is not an ordinary method; put [Supervised] on a method",
    };

    private static string DescribeType(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return "no type";
        }

        var kind = type switch
        {
            { IsFileLocal: true } => "the file-local type",
            { IsRefLikeType: true } => "the ref struct",
            { TypeKind: TypeKind.Interface } => "the interface",
            _ => "the type",
        };
        return $"{kind} '{Display(type)}'";
    }

    private static string Parameters(IMethodSymbol method) => string.Join(", ", method.Parameters.Select(DisplayParameter));

    private static string DisplayParameter(IParameterSymbol parameter)
    {
        var prefix = parameter.IsParams ? "params " : parameter.RefKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In => "in ",
            _ => string.Empty,
        };
        return prefix + Display(parameter.Type);
    }

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
}
