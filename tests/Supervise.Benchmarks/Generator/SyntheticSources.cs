using System.Text;

namespace Supervise.Benchmarks.Generator;

/// <summary>
/// Synthetic compilations of the same layout for both generators: <see cref="Files"/> files of
/// <see cref="MethodsPerFile"/> attributed methods each.
/// </summary>
internal static class SyntheticSources
{
    public const int Files = 200;
    public const int MethodsPerFile = 10;

    public static IEnumerable<string> Supervised() => Enumerable.Range(0, Files).Select(file =>
    {
        var text = new StringBuilder("using System.Threading;\nusing System.Threading.Tasks;\nusing Supervise;\n\nnamespace Synthetic\n{\n");
        text.Append($"    public partial class Workers{file}\n    {{\n");
        for (var method = 0; method < MethodsPerFile; method++)
        {
            text.Append($"        [Supervised(RestartDelayMs = {100 + method}, Policy = RestartPolicy.Backoff)]\n");
            text.Append($"        private Task Work{method}Async(CancellationToken stoppingToken) => Task.Delay({method}, stoppingToken);\n\n");
        }

        return text.Append("    }\n}\n").ToString();
    });

    public static IEnumerable<string> LoggerMessages() => Enumerable.Range(0, Files).Select(file =>
    {
        var text = new StringBuilder("using Microsoft.Extensions.Logging;\n\nnamespace Synthetic\n{\n");
        text.Append($"    public static partial class Log{file}\n    {{\n");
        for (var method = 0; method < MethodsPerFile; method++)
        {
            text.Append($"        [LoggerMessage(EventId = {method}, Level = LogLevel.Information, Message = \"Message {method} of {{Value}}\")]\n");
            text.Append($"        public static partial void Message{method}(ILogger logger, int value);\n\n");
        }

        return text.Append("    }\n}\n").ToString();
    });

    /// <summary>The edit of the re-run benchmarks: one line of one method body in the first file.</summary>
    public static (string Old, string New) OneLineEdit(bool supervised) =>
        supervised ? ("Task.Delay(0, stoppingToken)", "Task.Delay(1, stoppingToken)") : ("Message 0 of {Value}", "First message of {Value}");
}
