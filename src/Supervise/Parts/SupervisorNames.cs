namespace Supervise;

/// <summary>How a supervisor's name is made from its worker's name and, for a keyed child, its key.</summary>
internal static class SupervisorNames
{
    public static string Of(string workerName, string? key) => key is null ? workerName : $"{workerName}[{key}]";
}
