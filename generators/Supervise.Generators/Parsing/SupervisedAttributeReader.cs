using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Parsing;

/// <summary>Reads the constants of a <c>[Supervised]</c> attribute into <see cref="WorkerOptions"/>.</summary>
internal static class SupervisedAttributeReader
{
    /// <summary>The options, defaults filled in; null if a value is missing, mistyped or unknown (code the compiler rejects).</summary>
    public static WorkerOptions? Read(AttributeData attribute)
    {
        if (!attribute.ConstructorArguments.IsEmpty)
        {
            return null;
        }

        var options = WorkerOptions.Default;
        foreach (var argument in attribute.NamedArguments)
        {
            var value = argument.Value;
            if (value.Kind == TypedConstantKind.Error)
            {
                return null;
            }

            switch (argument.Key, value.Value)
            {
                case ("RestartDelayMs", int delay):
                    options = options with { RestartDelayMs = delay };
                    break;
                case ("Policy", int policy):
                    options = options with { Policy = (PolicyKind)policy };
                    break;
                case ("MaxDelayMs", int maxDelay):
                    options = options with { MaxDelayMs = maxDelay };
                    break;
                case ("Restart", int restart):
                    options = options with { Restart = (RestartKind)restart };
                    break;
                case ("ShutdownTimeoutMs", int timeout):
                    options = options with { ShutdownTimeoutMs = timeout };
                    break;
                case ("Name", string name):
                    options = options with { Name = name };
                    break;
                case ("Name", null):
                    options = options with { Name = null };
                    break;
                default:
                    return null;
            }
        }

        return options;
    }
}
