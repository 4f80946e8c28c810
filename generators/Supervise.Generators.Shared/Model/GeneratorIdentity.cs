namespace Supervise.Generators.Model;

/// <summary>How the generator signs what it writes: the tool name of its <c>[GeneratedCode]</c> attributes.</summary>
internal static class GeneratorIdentity
{
    public const string ToolName = "Supervise.Generators";
}
