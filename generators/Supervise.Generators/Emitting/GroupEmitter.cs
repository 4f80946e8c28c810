using System.Collections.Generic;
using System.Linq;
using Supervise.Generators.Model;

namespace Supervise.Generators.Emitting;

/// <summary>
/// Writes a <c>[SupervisionGroup]</c> type's <c>Group</c> property: the group's settings, its children's
/// supervisors (made with it, in declaration order) and the interface a host finds it by.
/// </summary>
internal static class GroupEmitter
{
    public const string Property = "Group";
    public const string Interface = "global::Supervise.ISupervisedGroup";

    private const string Group = "global::Supervise.SupervisorGroup";
    private const string Settings = "global::Supervise.SupervisorGroupSettings";
    private const string SettingsField = "__GroupSettings";
    private const string Field = "__GroupInstance";

    public static void Emit(CodeWriter writer, ContainingTypeModel type, IReadOnlyList<WorkerModel> children, bool annotatesNullability)
    {
        var group = type.Group!;
        var values = new List<string>();
        if (group.Strategy != SupervisionGroupInfo.Default.Strategy)
        {
            values.Add($"Strategy = (global::Supervise.SupervisionStrategy){group.Strategy}");
        }

        if (group.MaxRestarts != SupervisionGroupInfo.Default.MaxRestarts)
        {
            values.Add($"MaxRestarts = {group.MaxRestarts}");
        }

        if (group.RestartWindowMs != SupervisionGroupInfo.Default.RestartWindowMs)
        {
            values.Add($"RestartWindowMs = {group.RestartWindowMs}");
        }

        if (group.AutoShutdown != SupervisionGroupInfo.Default.AutoShutdown)
        {
            values.Add($"AutoShutdown = (global::Supervise.AutoShutdown){group.AutoShutdown}");
        }

        writer.Line(SupervisorEmitter.GeneratedCodeAttribute);
        writer.Line($"private static readonly {Settings} {SettingsField} = new {Settings}{(values.Count == 0 ? "()" : " { " + string.Join(", ", values) + " }")};");
        writer.Line();
        writer.Line(SupervisorEmitter.GeneratedCodeAttribute);
        writer.Line($"private {Group}{(annotatesNullability ? "?" : string.Empty)} {Field};");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line($"/// The supervision group of this type's workers, generated from its <c>[SupervisionGroup]</c> attribute: {string.Join(", ", children.Select(child => $"<c>{child.MethodName}</c>"))}, started in that order.");
        writer.Line("/// Run, start and stop the group, not its children.");
        writer.Line("/// </summary>");
        writer.Line(SupervisorEmitter.GeneratedCodeAttribute);
        writer.Open($"public {Group} {Property}");
        writer.Open("get");
        writer.Line($"var group = {Field};");
        writer.Open("if (group is null)");
        var made = children.Select(child => $"new {child.Names.Class}(this)");
        writer.Line($"group = new {Group}({SupervisorEmitter.Literal(group.Name ?? type.SimpleName)}, {SettingsField}, new {SupervisorEmitter.Supervisor}[] {{ {string.Join(", ", made)} }});");
        writer.Line($"group = global::System.Threading.Interlocked.CompareExchange(ref {Field}, group, null) ?? group;");
        writer.Close();
        writer.Line();
        writer.Line("return group;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line(SupervisorEmitter.GeneratedCodeAttribute);
        writer.Line($"{Group} {Interface}.Group => {Property};");
    }
}
