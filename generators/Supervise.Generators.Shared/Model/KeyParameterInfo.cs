namespace Supervise.Generators.Model;

/// <summary>A parameter of a worker before its token and context: part of the key of its <c>SupervisorSet</c>.</summary>
/// <param name="TypeName">Its type as code, fully qualified, without a nullable annotation.</param>
/// <param name="Name">Its name as code (keywords escaped).</param>
internal sealed record KeyParameterInfo(string TypeName, string Name);
