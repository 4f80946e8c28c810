namespace Supervise.Analyzers.Workers;

/// <summary>
/// The types the worker rules look for, resolved once per compilation (see <see cref="WorkerAnalysis"/>) and
/// shared by every rule, with the compilation's cache of token overloads.
/// </summary>
internal sealed class WorkerSymbols
{
    private WorkerSymbols(Compilation compilation, WellKnownTypes known, INamedTypeSymbol cancellationToken, INamedTypeSymbol? backgroundService)
    {
        Known = known;
        CancellationToken = cancellationToken;
        BackgroundService = backgroundService;
        TrailingTokenOverloads = new TrailingTokenOverloads(compilation, cancellationToken);
        CancellationTokenSource = compilation.GetTypeByMetadataName("System.Threading.CancellationTokenSource");
        Task = known.Task;
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = known.ValueTask;
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        Thread = compilation.GetTypeByMetadataName("System.Threading.Thread");
        WaitHandle = compilation.GetTypeByMetadataName("System.Threading.WaitHandle");
        SemaphoreSlim = compilation.GetTypeByMetadataName("System.Threading.SemaphoreSlim");
        ManualResetEventSlim = compilation.GetTypeByMetadataName("System.Threading.ManualResetEventSlim");
        Timeout = compilation.GetTypeByMetadataName("System.Threading.Timeout");
        Volatile = compilation.GetTypeByMetadataName("System.Threading.Volatile");
        ThreadingTimer = compilation.GetTypeByMetadataName("System.Threading.Timer");
        OperationCanceledException = compilation.GetTypeByMetadataName("System.OperationCanceledException");
        AsyncEnumerableOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");
        ConfiguredCancelableAsyncEnumerableOfT = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredCancelableAsyncEnumerable`1");
        ConfiguredTaskAwaitable = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredTaskAwaitable");
        ConfiguredTaskAwaitableOfT = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1");
        ConfiguredValueTaskAwaitable = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable");
        ConfiguredValueTaskAwaitableOfT = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable`1");
    }

    private HelperTokenReach? _helperTokenReach;

    /// <summary>Which helpers of the compilation stop the token (SUP110), made on first use: most compilations never ask.</summary>
    public HelperTokenReach HelperTokenReach(Compilation compilation)
    {
        if (_helperTokenReach is { } known)
        {
            return known;
        }

        System.Threading.Interlocked.CompareExchange(ref _helperTokenReach, new HelperTokenReach(compilation, this), null);
        return _helperTokenReach!;
    }

    /// <summary>The types the generator's judge knows, which the rules compare with too.</summary>
    public WellKnownTypes Known { get; }

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

    /// <summary><c>System.Threading.Timer</c>, whose callback SUP109 checks.</summary>
    public INamedTypeSymbol? ThreadingTimer { get; }

    public INamedTypeSymbol? OperationCanceledException { get; }

    public INamedTypeSymbol? AsyncEnumerableOfT { get; }

    public INamedTypeSymbol? ConfiguredCancelableAsyncEnumerableOfT { get; }

    private INamedTypeSymbol? ConfiguredTaskAwaitable { get; }

    private INamedTypeSymbol? ConfiguredTaskAwaitableOfT { get; }

    private INamedTypeSymbol? ConfiguredValueTaskAwaitable { get; }

    private INamedTypeSymbol? ConfiguredValueTaskAwaitableOfT { get; }

    /// <summary>
    /// The symbols of <paramref name="compilation"/>; null when it can hold no worker to check: it has no
    /// <c>CancellationToken</c>, or neither <c>[Supervised]</c> nor <c>BackgroundService</c> nor an entry point named in <c>.editorconfig</c>.
    /// </summary>
    public static WorkerSymbols? Resolve(Compilation compilation, System.Func<bool>? namesEntryPoints = null)
    {
        var known = WellKnownTypes.From(compilation);
        var backgroundService = compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.BackgroundService");
        return known.CancellationToken is { } token && (known.SupervisedAttribute is not null || backgroundService is not null || namesEntryPoints?.Invoke() == true)
            ? new WorkerSymbols(compilation, known, token, backgroundService)
            : null;
    }

    public bool IsToken(ITypeSymbol? type) => Is(type, CancellationToken);

    /// <summary>The generator's own symbol, so the worker rules and the generator agree on what a context is.</summary>
    public bool IsContext(ITypeSymbol? type) => Is(type, Known.SupervisionContext);

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

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? candidate) => WellKnownTypes.Is(type, candidate);
}
