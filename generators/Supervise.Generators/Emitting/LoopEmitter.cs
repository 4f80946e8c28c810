using System.Linq;
using Supervise.Generators.Model;

namespace Supervise.Generators.Emitting;

/// <summary>
/// Writes a supervisor's <c>SuperviseAsync</c> loop, specialised by the attribute's shape: no loop at
/// all for <c>Never</c>, an early return on completion for <c>OnFailure</c>, a type switch for
/// <c>StopOn</c>/<c>RestartOn</c>, the watchdog's steps only for a worker that can send heartbeats,
/// and for an <c>Immediate</c> worker with no limit and no circuit breaker a restart that costs a
/// few flag tests. The values (delays, limits, thresholds) are not constants here: the runtime reads
/// them from the supervisor's settings (see <see cref="SettingsEmitter"/>), where its steps do the policy math.
/// </summary>
internal static class LoopEmitter
{
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string GiveUpReason = "global::Supervise.GiveUpReason";

    public static void Emit(CodeWriter writer, WorkerModel worker, bool annotatesNullability)
    {
        var options = worker.Options;
        writer.Open($"protected override async {Task} SuperviseAsync(global::System.Threading.CancellationToken stoppingToken)");
        if (options.Restart == RestartKind.Never)
        {
            EmitRun(writer, worker, annotatesNullability);
            EmitRunOutcome(writer, options);
            writer.Line();
            writer.Line($"throw GiveUp({GiveUpReason}.FailedWithoutRestart);");
        }
        else
        {
            writer.Open("while (true)");
            EmitRun(writer, worker, annotatesNullability);
            EmitRunOutcome(writer, options);
            writer.Line();
            EmitRestart(writer, options);
            writer.Close();
        }

        writer.Close();
        if (HasExceptionFilter(options))
        {
            writer.Line();
            EmitExceptionFilter(writer, options);
        }
    }

    /// <summary>One run of the worker: <c>failure</c> ends up null after a completion; a stop returns.</summary>
    private static void EmitRun(CodeWriter writer, WorkerModel worker, bool annotatesNullability)
    {
        // Only a worker with a context can send heartbeats, so only its runs can be watched.
        var watched = worker.ParameterKind is WorkerParameterKind.Context or WorkerParameterKind.TokenAndContext or WorkerParameterKind.ContextAndToken;
        writer.Line("OnRunStarting();");
        if (watched)
        {
            writer.Line("var runToken = StartWatchedRun(stoppingToken);");
        }

        writer.Line($"global::System.Exception{(annotatesNullability ? "?" : string.Empty)} failure = null;");
        writer.Open("try");
        writer.Line(WorkerCall(worker, watched ? "runToken" : "stoppingToken"));
        writer.Close();
        // One plain catch, not a `when` filter: C# compiles a typed filter into code that runs on every
        // throw, which costs a failing worker about 100 ns per restart.
        writer.Open("catch (global::System.Exception exception)");
        writer.Open("if (exception is global::System.OperationCanceledException && stoppingToken.IsCancellationRequested)");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        writer.Line("failure = exception;");
        writer.Close();
        writer.Line();
        if (watched)
        {
            writer.Line("failure = EndWatchedRun(failure);");
        }
    }

    private static string WorkerCall(WorkerModel worker, string token)
    {
        var target = worker.IsStatic ? worker.Type.FullyQualifiedName : "_owner";
        var arguments = worker.ParameterKind switch
        {
            WorkerParameterKind.Token => token,
            WorkerParameterKind.Context => $"ContextForRun({token})",
            WorkerParameterKind.TokenAndContext => $"{token}, ContextForRun({token})",
            WorkerParameterKind.ContextAndToken => $"ContextForRun({token}), {token}",
            _ => string.Empty,
        };
        var call = $"{target}.{worker.MethodName}({arguments})";
        var task = worker.ReturnKind switch
        {
            WorkerReturnKind.Task => $"({call} ?? throw WorkerReturnedNullTask())",
            WorkerReturnKind.ValueTask => call,

            // A synchronous worker blocks its thread: give it a pool thread, not the supervisor's caller.
            _ => $"{Task}.Run(() => {call})",
        };
        return $"await {task}.ConfigureAwait(false);";
    }

    /// <summary>Records how the run ended, and ends supervision when the mode or a stop says so.</summary>
    private static void EmitRunOutcome(CodeWriter writer, WorkerOptions options)
    {
        if (options.Restart == RestartKind.Always)
        {
            writer.Open("if (failure is null)");
            writer.Line("OnRunCompleted();");
            writer.Close();
            writer.Open("else");
            writer.Line("OnRunFailed(failure);");
            writer.Close();
        }
        else
        {
            writer.Open("if (failure is null)");
            writer.Line("OnRunCompleted();");
            writer.Line("return;");
            writer.Close();
            writer.Line();
            writer.Line("OnRunFailed(failure);");
        }

        writer.Line();
        writer.Open("if (stoppingToken.IsCancellationRequested)");
        writer.Line("return;");
        writer.Close();

        if (HasExceptionFilter(options))
        {
            writer.Line();
            var condition = options.Restart == RestartKind.Always ? "failure != null && StopsSupervision(failure)" : "StopsSupervision(failure)";
            writer.Open($"if ({condition})");
            writer.Line($"throw GiveUp({GiveUpReason}.StoppingException);");
            writer.Close();
        }
    }

    /// <summary>
    /// The restart: the runtime decides it by the settings. An <c>Immediate</c> worker with no limit
    /// and no circuit breaker first tries the step that only counts, and takes the full one only when
    /// someone watches or its settings ask for more.
    /// </summary>
    private static void EmitRestart(CodeWriter writer, WorkerOptions options)
    {
        var restartsAtOnce = options.Policy == PolicyKind.Immediate && options.MaxRestarts < 0 && options.CircuitBreakerThreshold <= 0;
        var condition = restartsAtOnce
            ? "!TryRestartAtOnce() && !await RestartAsync(stoppingToken).ConfigureAwait(false)"
            : "!await RestartAsync(stoppingToken).ConfigureAwait(false)";
        writer.Open($"if ({condition})");
        writer.Line("return;");
        writer.Close();
    }

    private static bool HasExceptionFilter(WorkerOptions options) =>
        options.StopOn is { Count: > 0 } || options.RestartOn is not null;

    /// <summary>
    /// A type switch, most specific type first, that says whether a failure stops supervision:
    /// a <c>StopOn</c> type stops, a <c>RestartOn</c> type restarts, and anything else stops only
    /// when a <c>RestartOn</c> list exists. No reflection.
    /// </summary>
    private static void EmitExceptionFilter(CodeWriter writer, WorkerOptions options)
    {
        var entries = (options.StopOn ?? EquatableArray<ExceptionTypeInfo>.Empty).Select(type => (Type: type, Stops: true))
            .Concat((options.RestartOn ?? EquatableArray<ExceptionTypeInfo>.Empty).Select(type => (Type: type, Stops: false)))
            .OrderByDescending(entry => entry.Type.BaseTypes.Count)
            .ToList();
        writer.Open("private static bool StopsSupervision(global::System.Exception failure)");
        writer.Open("switch (failure)");
        foreach (var (type, stops) in entries)
        {
            writer.Line($"case {type.FullyQualifiedName} _:");
            writer.Line($"    return {(stops ? "true" : "false")};");
        }

        writer.Line("default:");
        writer.Line($"    return {(options.RestartOn is not null ? "true" : "false")};");
        writer.Close();
        writer.Close();
    }
}
