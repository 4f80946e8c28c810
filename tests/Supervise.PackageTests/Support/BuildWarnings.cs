using System.Text.RegularExpressions;

namespace Supervise.PackageTests.Support;

/// <summary>The diagnostic IDs of the warnings a build printed.</summary>
public static partial class BuildWarnings
{
    public static IReadOnlyList<string> In(CommandResult build) =>
        WarningLine().Matches(build.Output)
            .Select(match => match.Groups["id"].Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    // "/path/File.cs(12,9): warning SUP104: ..." or "/path/App.csproj : warning NU1603: ..."
    [GeneratedRegex(@": warning (?<id>[A-Z]+[0-9]+)\s*:")]
    private static partial Regex WarningLine();
}
