using System.Collections.Generic;
using System.Linq;
using Supervise.Generators.Model;

namespace Supervise.Generators.Emitting;

/// <summary>
/// Writes a worker's <c>SupervisorSettings</c>: one static instance per supervisor class, holding the
/// attribute's values (only those that differ from the defaults), which the runtime reads its policy from.
/// </summary>
internal static class SettingsEmitter
{
    public const string FieldName = "CompiledSettings";

    private const string Settings = "global::Supervise.SupervisorSettings";

    public static void Emit(CodeWriter writer, WorkerOptions options)
    {
        var values = Values(options).ToList();
        if (values.Count == 0)
        {
            writer.Line($"private static readonly {Settings} {FieldName} = new {Settings}();");
            return;
        }

        writer.Line($"private static readonly {Settings} {FieldName} = new {Settings}");
        writer.Line("{");
        foreach (var value in values)
        {
            writer.Line($"    {value},");
        }

        writer.Line("};");
    }

    private static IEnumerable<string> Values(WorkerOptions options)
    {
        if (options.RestartDelayMs != AttributeDefaults.RestartDelayMs)
        {
            yield return $"RestartDelayMs = {options.RestartDelayMs}";
        }

        if (options.Policy != AttributeDefaults.Policy)
        {
            yield return $"Policy = global::Supervise.RestartPolicy.{options.Policy}";
        }

        if (options.MaxDelayMs != AttributeDefaults.MaxDelayMs)
        {
            yield return $"MaxDelayMs = {options.MaxDelayMs}";
        }

        if (options.Restart != AttributeDefaults.Restart)
        {
            yield return $"Restart = global::Supervise.RestartMode.{options.Restart}";
        }

        if (options.ShutdownTimeoutMs != AttributeDefaults.ShutdownTimeoutMs)
        {
            yield return $"ShutdownTimeoutMs = {options.ShutdownTimeoutMs}";
        }

        if (options.Jitter is { } jitter)
        {
            yield return $"Jitter = {(jitter ? "true" : "false")}";
        }

        if (options.ResetAfterMs != AttributeDefaults.ResetAfterMs)
        {
            yield return $"ResetAfterMs = {options.ResetAfterMs}";
        }

        if (options.MaxRestarts != AttributeDefaults.MaxRestarts)
        {
            yield return $"MaxRestarts = {options.MaxRestarts}";
        }

        if (options.RestartWindowMs != AttributeDefaults.RestartWindowMs)
        {
            yield return $"RestartWindowMs = {options.RestartWindowMs}";
        }

        if (options.CircuitBreakerThreshold != AttributeDefaults.CircuitBreakerThreshold)
        {
            yield return $"CircuitBreakerThreshold = {options.CircuitBreakerThreshold}";
        }

        if (options.CircuitBreakerDurationMs != AttributeDefaults.CircuitBreakerDurationMs)
        {
            yield return $"CircuitBreakerDurationMs = {options.CircuitBreakerDurationMs}";
        }

        if (options.HeartbeatTimeoutMs != AttributeDefaults.HeartbeatTimeoutMs)
        {
            yield return $"HeartbeatTimeoutMs = {options.HeartbeatTimeoutMs}";
        }

        if (options.StopOn is { } stopOn)
        {
            yield return "StopOn = " + TypeList(stopOn);
        }

        if (options.RestartOn is { } restartOn)
        {
            yield return "RestartOn = " + TypeList(restartOn);
        }

        if (options.Singleton is { } lease)
        {
            yield return "Singleton = " + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(lease, quote: true);
        }

        if (options.Significant)
        {
            yield return "Significant = true";
        }
    }

    private static string TypeList(EquatableArray<ExceptionTypeInfo> types) =>
        types.Count == 0
            ? "new global::System.Type[0]"
            : "new global::System.Type[] { " + string.Join(", ", types.Select(type => $"typeof({type.FullyQualifiedName})")) + " }";
}
