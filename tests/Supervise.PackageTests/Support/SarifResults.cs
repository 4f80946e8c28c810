using System.Text.Json;

namespace Supervise.PackageTests.Support;

/// <summary>Reads the compiler's error log (SARIF 2.1): one rule ID per reported diagnostic, duplicates kept.</summary>
public static class SarifResults
{
    public static IReadOnlyList<string> RuleIds(string path)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(path));
        return log.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(run => run.GetProperty("results").EnumerateArray())
            .Select(result => result.GetProperty("ruleId").GetString() ?? string.Empty)
            .ToList();
    }
}
