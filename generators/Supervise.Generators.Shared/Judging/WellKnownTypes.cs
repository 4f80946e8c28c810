using Microsoft.CodeAnalysis;

namespace Supervise.Generators.Judging;

/// <summary>
/// The types the judge compares with, resolved by metadata name from one compilation. Any may be null in
/// a compilation that lacks it: then nothing matches it. Made once per compilation: by the analyzers at
/// compilation start, by the generator through its <c>CompilationTypes</c>.
/// </summary>
internal sealed class WellKnownTypes
{
    public const string SupervisedAttributeName = "Supervise.SupervisedAttribute";
    public const string SupervisionContextName = "Supervise.SupervisionContext";
    public const string SupervisionGroupAttributeName = "Supervise.SupervisionGroupAttribute";

    private WellKnownTypes(Compilation compilation)
    {
        SupervisedAttribute = compilation.GetTypeByMetadataName(SupervisedAttributeName);
        SupervisionContext = compilation.GetTypeByMetadataName(SupervisionContextName);
        SupervisedWorkers = compilation.GetTypeByMetadataName("Supervise.ISupervisedWorkers");
        Supervisor = compilation.GetTypeByMetadataName("Supervise.Supervisor");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        TaskOfResult = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTaskOfResult = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        BackgroundService = compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.BackgroundService");
        SupervisionGroupAttribute = compilation.GetTypeByMetadataName(SupervisionGroupAttributeName);
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        Exception = compilation.GetTypeByMetadataName("System.Exception");
        ObsoleteAttribute = compilation.GetTypeByMetadataName("System.ObsoleteAttribute");
        GeneratedCodeAttribute = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
    }

    public INamedTypeSymbol? SupervisedAttribute { get; }

    public INamedTypeSymbol? SupervisionContext { get; }

    public INamedTypeSymbol? SupervisedWorkers { get; }

    public INamedTypeSymbol? Supervisor { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? TaskOfResult { get; }

    public INamedTypeSymbol? ValueTaskOfResult { get; }

    public INamedTypeSymbol? BackgroundService { get; }

    public INamedTypeSymbol? SupervisionGroupAttribute { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? Exception { get; }

    public INamedTypeSymbol? ObsoleteAttribute { get; }

    public INamedTypeSymbol? GeneratedCodeAttribute { get; }

    public static WellKnownTypes From(Compilation compilation) => new(compilation);

    /// <summary>Whether <paramref name="type"/> is <paramref name="known"/>; false when either is missing.</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        type is not null && known is not null && SymbolEqualityComparer.Default.Equals(type, known);
}
