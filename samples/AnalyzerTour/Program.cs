using System;

namespace AnalyzerTour;

/// <summary>
/// A tour of the Supervise analyzers: each SUPnnn file holds one rule's mistake, marked
/// <c>// expect: SUPnnn</c> where the diagnostic appears, next to the corrected worker, which is clean.
/// </summary>
internal static class Program
{
    private static void Main()
    {
        Console.WriteLine("Open the SUPnnn files in an IDE to see each rule, or run:");
        Console.WriteLine("  dotnet build samples/AnalyzerTour -p:ShowTourDiagnostics=true");
    }
}
