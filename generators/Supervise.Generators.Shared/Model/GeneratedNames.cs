using System;

namespace Supervise.Generators.Model;

/// <summary>
/// The names of the members generated for one worker. <c>PumpAsync</c> gets the property
/// <c>PumpSupervisor</c>, the nested supervisor class <c>__PumpSupervisor</c> and the property's
/// backing field <c>__PumpSupervisorInstance</c>, and the constant <c>PumpWorkerName</c> holding its supervisor's name; a worker with keys, <c>ConsumeAsync(string partition,
/// CancellationToken)</c>, gets the property <c>ConsumeSupervisors</c> (a set) and the field <c>__ConsumeSupervisorsInstance</c>.
/// </summary>
internal sealed record GeneratedNames(string BaseName, string Property, string Field, string Class)
{
    private const string AsyncSuffix = "Async";

    /// <summary>The constant that holds the worker's name (<c>PumpWorkerName</c>), for configuration keys, log filters and health entries.</summary>
    public string NameConstant => BaseName + "WorkerName";

    public static GeneratedNames ForMethod(string methodName, bool keyed = false)
    {
        var baseName = methodName.Length > AsyncSuffix.Length && methodName.EndsWith(AsyncSuffix, StringComparison.Ordinal)
            ? methodName.Substring(0, methodName.Length - AsyncSuffix.Length)
            : methodName;
        var property = baseName + (keyed ? "Supervisors" : "Supervisor");
        return new GeneratedNames(baseName, property, Field: "__" + property + "Instance", Class: "__" + baseName + "Supervisor");
    }

    /// <summary>
    /// A name these and <paramref name="other"/> would both generate, or null. Two workers of one type
    /// that share one (<c>Pump</c> and <c>PumpAsync</c>, or <c>Pump</c> and <c>__Pump</c>) cannot both be generated.
    /// </summary>
    public string? SharedName(GeneratedNames other) =>
        other.Generates(Property) ? Property
        : other.Generates(Class) ? Class
        : other.Generates(Field) ? Field
        : other.Generates(NameConstant) ? NameConstant
        : null;

    private bool Generates(string name) => name == Property || name == Class || name == Field || name == NameConstant;
}
