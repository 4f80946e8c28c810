using System;

namespace Supervise.Generators.Model;

/// <summary>
/// The names of the members generated for one worker. <c>PumpAsync</c> gets the property
/// <c>PumpSupervisor</c>, the nested supervisor class <c>__PumpSupervisor</c> and the property's
/// backing field <c>__PumpSupervisorInstance</c>.
/// </summary>
internal sealed record GeneratedNames(string BaseName, string Property, string Field, string Class)
{
    private const string AsyncSuffix = "Async";

    public static GeneratedNames ForMethod(string methodName)
    {
        var baseName = methodName.Length > AsyncSuffix.Length && methodName.EndsWith(AsyncSuffix, StringComparison.Ordinal)
            ? methodName.Substring(0, methodName.Length - AsyncSuffix.Length)
            : methodName;
        var property = baseName + "Supervisor";
        return new GeneratedNames(baseName, property, Field: "__" + property + "Instance", Class: "__" + property);
    }
}
