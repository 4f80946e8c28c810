using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Parsing;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// The types the worker rules look for, resolved once per compilation and shared by every rule, with
/// the compilation's cache of token overloads.
/// </summary>
internal sealed class WorkerSymbols
{
    // Keyed weakly by the compilation, so all eight rules share one copy that lives no longer than it.
    private static readonly ConditionalWeakTable<Compilation, StrongBox<WorkerSymbols?>> Shared = new();

    private WorkerSymbols(Compilation compilation, INamedTypeSymbol cancellationToken)
    {
        CancellationToken = cancellationToken;
        TrailingTokenOverloads = new TrailingTokenOverloads(compilation, cancellationToken);
        CancellationTokenSource = compilation.GetTypeByMetadataName("System.Threading.CancellationTokenSource");
        BackgroundService = compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.BackgroundService");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        Thread = compilation.GetTypeByMetadataName("System.Threading.Thread");
        WaitHandle = compilation.GetTypeByMetadataName("System.Threading.WaitHandle");
        SemaphoreSlim = compilation.GetTypeByMetadataName("System.Threading.SemaphoreSlim");
        ManualResetEventSlim = compilation.GetTypeByMetadataName("System.Threading.ManualResetEventSlim");
        Timeout = compilation.GetTypeByMetadataName("System.Threading.Timeout");
        Volatile = compilation.GetTypeByMetadataName("System.Threading.Volatile");
        OperationCanceledException = compilation.GetTypeByMetadataName("System.OperationCanceledException");
        AsyncEnumerableOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");
        ConfiguredCancelableAsyncEnumerableOfT = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredCancelableAsyncEnumerable`1");
        ConfiguredTaskAwaitable = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredTaskAwaitable");
        ConfiguredTaskAwaitableOfT = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1");
        ConfiguredValueTaskAwaitable = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable");
        ConfiguredValueTaskAwaitableOfT = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable`1");
    }

    public INamedTypeSymbol CancellationToken { get; }

    /// <summary>Which methods have an overload that takes a trailing token: asked once per called method, not once per call.</summary>
    public TrailingTokenOverloads TrailingTokenOverloads { get; }

    public INamedTypeSymbol? CancellationTokenSource { get; }

    public INamedTypeSymbol? BackgroundService { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? Thread { get; }

    public INamedTypeSymbol? WaitHandle { get; }

    public INamedTypeSymbol? SemaphoreSlim { get; }

    public INamedTypeSymbol? ManualResetEventSlim { get; }

    public INamedTypeSymbol? Timeout { get; }

    public INamedTypeSymbol? Volatile { get; }

    public INamedTypeSymbol? OperationCanceledException { get; }

    public INamedTypeSymbol? AsyncEnumerableOfT { get; }

    public INamedTypeSymbol? ConfiguredCancelableAsyncEnumerableOfT { get; }

    private INamedTypeSymbol? ConfiguredTaskAwaitable { get; }

    private INamedTypeSymbol? ConfiguredTaskAwaitableOfT { get; }

    private INamedTypeSymbol? ConfiguredValueTaskAwaitable { get; }

    private INamedTypeSymbol? ConfiguredValueTaskAwaitableOfT { get; }

    /// <summary>The symbols of <paramref name="compilation"/>; null when it has no <c>CancellationToken</c>, so no worker can have a stop token.</summary>
    public static WorkerSymbols? For(Compilation compilation)
    {
        if (!Shared.TryGetValue(compilation, out var box))
        {
            // Two rules may resolve at once; both results are equal and the table keeps one.
            var resolved = new StrongBox<WorkerSymbols?>(Resolve(compilation));
            box = Shared.GetValue(compilation, _ => resolved);
        }

        return box.Value;
    }

    private static WorkerSymbols? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Threading.CancellationToken") is { } token ? new WorkerSymbols(compilation, token) : null;

    public bool IsToken(ITypeSymbol? type) => Is(type, CancellationToken);

    /// <summary>Named as the generator names it, so the worker rules and the generator agree on what a context is.</summary>
    public bool IsContext(ITypeSymbol? type) => type is not null && KnownTypes.IsSupervisionContext(type);

    /// <summary>A type whose value is work in progress that should be awaited: tasks, value tasks and their configured forms.</summary>
    public bool IsAwaitableWork(ITypeSymbol? type) =>
        type is INamedTypeSymbol named
        && (Is(named, Task) || Is(named.OriginalDefinition, TaskOfT) || Is(named, ValueTask) || Is(named.OriginalDefinition, ValueTaskOfT)
            || Is(named, ConfiguredTaskAwaitable) || Is(named.OriginalDefinition, ConfiguredTaskAwaitableOfT)
            || Is(named, ConfiguredValueTaskAwaitable) || Is(named.OriginalDefinition, ConfiguredValueTaskAwaitableOfT));

    /// <summary>Whether <paramref name="type"/> is <paramref name="candidate"/> or derives from it.</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, INamedTypeSymbol? candidate)
    {
        for (var current = type; current is not null && candidate is not null; current = current.BaseType)
        {
            if (Is(current.OriginalDefinition, candidate))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? candidate) =>
        type is not null && candidate is not null && SymbolEqualityComparer.Default.Equals(type, candidate);
}
