namespace Supervise.Analyzers.Background;

/// <summary>The task types and the launching methods SUP108 looks for, resolved once per compilation.</summary>
internal sealed class TaskTypes
{
    private readonly INamedTypeSymbol _task;
    private readonly INamedTypeSymbol? _taskFactory;
    private readonly INamedTypeSymbol? _valueTask;
    private readonly INamedTypeSymbol? _valueTaskOfT;

    private TaskTypes(Compilation compilation, INamedTypeSymbol task)
    {
        _task = task;
        _taskFactory = compilation.GetTypeByMetadataName("System.Threading.Tasks.TaskFactory");
        _valueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        _valueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
    }

    public static TaskTypes? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Threading.Tasks.Task") is { } task ? new TaskTypes(compilation, task) : null;

    /// <summary>A task, a task of a result, or a value task: work in progress.</summary>
    public bool IsTask(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        for (var current = named; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, _task))
            {
                return true;
            }
        }

        return SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _valueTask) || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _valueTaskOfT);
    }

    /// <summary><c>Task.Run</c> or <c>TaskFactory.StartNew</c> (of <c>Task.Factory</c> or another factory).</summary>
    public bool IsLaunch(IMethodSymbol method) =>
        method.Name switch
        {
            "Run" => SymbolEqualityComparer.Default.Equals(method.ContainingType, _task),
            "StartNew" => method.ContainingType is { } type && (SymbolEqualityComparer.Default.Equals(type, _taskFactory) || SymbolEqualityComparer.Default.Equals(type.OriginalDefinition.BaseType, _taskFactory) || type.Name == "TaskFactory"),
            _ => false,
        };
}
