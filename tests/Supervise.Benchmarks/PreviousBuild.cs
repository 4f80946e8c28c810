using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Supervise.Benchmarks;

/// <summary>
/// An earlier build of the generator and the analyzers, measured beside the current one in the same run:
/// set <c>SUPERVISE_PREVIOUS_BUILD</c> to a folder holding its <c>Supervise.Generators.dll</c> and
/// <c>Supervise.Analyzers.dll</c>, and the generator and analyzer benchmarks gain a <c>previous</c> case.
/// It is loaded into a context of its own, so its assemblies do not meet the current ones of the same name;
/// Roslyn itself is shared, so both are driven alike.
/// </summary>
internal static class PreviousBuild
{
    public const string Current = "current";
    public const string Previous = "previous";

    private const string Variable = "SUPERVISE_PREVIOUS_BUILD";

    private static readonly Lazy<AssemblyLoadContext?> Context = new(() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder ? new IsolatedContext(Path.GetFullPath(folder)) : null);

    /// <summary>The builds to measure: the current one, and the previous one when the variable names it.</summary>
    public static IEnumerable<string> Builds() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } ? [Current, Previous] : [Current];

    public static ISourceGenerator Generator() =>
        ((IIncrementalGenerator)Activator.CreateInstance(Load("Supervise.Generators").GetType("Supervise.Generators.SupervisedGenerator", throwOnError: true)!)!).AsSourceGenerator();

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() => AnalyzersIn(Load("Supervise.Analyzers"));

    /// <summary>Every analyzer an assembly holds, as the compiler would load them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AnalyzersIn(Assembly assembly) => assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    private static Assembly Load(string name) =>
        (Context.Value ?? throw new InvalidOperationException($"Set {Variable} to measure a previous build."))
            .LoadFromAssemblyName(new AssemblyName(name));

    /// <summary>Resolves the previous build's own assemblies from its folder and leaves everything else to the default context.</summary>
    private sealed class IsolatedContext(string folder) : AssemblyLoadContext("Supervise previous build")
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name is "Supervise.Generators" or "Supervise.Analyzers" ? LoadFromAssemblyPath(Path.Combine(folder, assemblyName.Name + ".dll")) : null;
    }
}
