namespace Supervise.Generators.Model;

/// <summary>The partial type a worker lives in, as data: where to emit and how to name it.</summary>
/// <param name="Namespace">The namespace, empty for the global one.</param>
/// <param name="Types">The type chain, outermost first; the last one holds the worker.</param>
/// <param name="FullyQualifiedName">The type as code, such as <c>global::Ns.Outer.Pump&lt;T&gt;</c>.</param>
/// <param name="SimpleName">The type's name without type parameters, for the default supervisor name.</param>
/// <param name="InheritedSupervisors">The supervisor properties the type inherits from base classes, base-most first.</param>
/// <param name="ListsSupervisorsByHand">Whether the type or a base implements <c>ISupervisedWorkers</c> itself: the generator leaves it alone.</param>
/// <param name="Group">The type's <c>[SupervisionGroup]</c>, when it declares a valid one: its instance workers are the group's children.</param>
internal sealed record ContainingTypeModel(
    string Namespace,
    EquatableArray<ContainingTypeInfo> Types,
    string FullyQualifiedName,
    string SimpleName,
    EquatableArray<string> InheritedSupervisors,
    bool ListsSupervisorsByHand,
    SupervisionGroupInfo? Group);
