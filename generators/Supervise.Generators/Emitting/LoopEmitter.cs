using System;
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

    /// <param name="writer">Where to write.</param>
    /// <param name="worker">The worker.</param>
    /// <param name="isGroupChild">Whether the worker is a child of its type's supervision group.</param>
    /// <param name="annotatesNullability">False below C# 8.</param>
    public static void Emit(CodeWriter writer, WorkerModel worker, bool isGroupChild, bool annotatesNullability)
    {
        var options = worker.Options;
        var shape = new LoopShape(worker, isGroupChild);
        writer.Open($"protected override async {Task} SuperviseAsync(global::System.Threading.CancellationToken stoppingToken)");
        if (options.Restart == RestartKind.Never && !shape.IsGated)
        {
            EmitRun(writer, worker, shape, annotatesNullability);
            EmitRunOutcome(writer, options);
            writer.Line();
            writer.Line($"throw GiveUp({GiveUpReason}.FailedWithoutRestart);");
        }
        else
        {
            // A gated worker loops even when it runs once: a run its gate took away runs again.
            writer.Open("while (true)");
            EmitRun(writer, worker, shape, annotatesNullability);
            EmitRunOutcome(writer, options);
            writer.Line();
            if (options.Restart == RestartKind.Never)
            {
                writer.Line($"throw GiveUp({GiveUpReason}.FailedWithoutRestart);");
            }
            else
            {
                EmitRestart(writer, options);
            }

            writer.Close();
        }

        writer.Close();
        if (HasExceptionFilter(options))
        {
            writer.Line();
            EmitExceptionFilter(writer, options);
        }
    }

    /// <summary>One run of the worker: <c>failure</c> ends up null after a completion; a stop returns; a run the gate took away starts over.</summary>
    private static void EmitRun(CodeWriter writer, WorkerModel worker, LoopShape shape, bool annotatesNullability)
    {
        var token = "stoppingToken";
        if (shape.IsGated)
        {
            writer.Open("if (!await EnterRunGateAsync(stoppingToken).ConfigureAwait(false))");
            writer.Line("return;");
            writer.Close();
            writer.Line();
            writer.Line("var runToken = RunGateToken;");
            token = "runToken";
        }

        writer.Line("OnRunStarting();");
        if (shape.IsWatched)
        {
            writer.Line(shape.IsGated ? "runToken = StartWatchedRun(runToken);" : "var runToken = StartWatchedRun(stoppingToken);");
            token = "runToken";
        }

        writer.Line($"global::System.Exception{(annotatesNullability ? "?" : string.Empty)} failure = null;");
        writer.Open("try");
        var task = WorkerTask(worker, token);
        if (shape.IsGroupChild)
        {
            // The group starts its next child once this one's worker has been called.
            writer.Line($"var run = {task};");
            writer.Line("OnRunInvoked();");
            writer.Line("await run.ConfigureAwait(false);");
        }
        else
        {
            writer.Line($"await {task}.ConfigureAwait(false);");
        }

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
        if (shape.IsWatched)
        {
            writer.Line("failure = EndWatchedRun(failure);");
        }

        if (shape.IsGated)
        {
            writer.Open("if (await RunTakenAwayByGateAsync(stoppingToken).ConfigureAwait(false))");
            writer.Line("continue;");
            writer.Close();
            writer.Line();
        }
    }

    /// <summary>The task of one call of the worker, as an expression to await.</summary>
    private static string WorkerTask(WorkerModel worker, string token)
    {
        var target = worker.IsStatic ? worker.Type.FullyQualifiedName : "_owner";
        var keys = worker.Keys.Count switch
        {
            0 => Enumerable.Empty<string>(),
            1 => new[] { "_key" },
            _ => Enumerable.Range(1, worker.Keys.Count).Select(item => "_key.Item" + item),
        };
        var rest = worker.ParameterKind switch
        {
            WorkerParameterKind.Token => new[] { token },
            WorkerParameterKind.Context => new[] { $"ContextForRun({token})" },
            WorkerParameterKind.TokenAndContext => new[] { token, $"ContextForRun({token})" },
            WorkerParameterKind.ContextAndToken => new[] { $"ContextForRun({token})", token },
            _ => Array.Empty<string>(),
        };
        var call = $"{target}.{worker.MethodName}({string.Join(", ", keys.Concat(rest))})";
        return worker.ReturnKind switch
        {
            WorkerReturnKind.Task or WorkerReturnKind.TaskOfResult => $"({call} ?? throw WorkerReturnedNullTask())",
            WorkerReturnKind.ValueTask or WorkerReturnKind.ValueTaskOfResult => call,

            // A synchronous worker blocks its thread: give it a pool thread, not the supervisor's caller.
            _ => $"{Task}.Run(() => {call})",
        };
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
