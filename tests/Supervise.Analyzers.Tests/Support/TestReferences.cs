using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Supervise.Analyzers.Tests.Support;

/// <summary>What every test compilation references: .NET 8, the Supervise runtime and BackgroundService.</summary>
internal static class TestReferences
{
    public static ReferenceAssemblies Framework { get; } = ReferenceAssemblies.Net.Net80;

    public static IReadOnlyList<MetadataReference> Libraries { get; } =
    [
        MetadataReference.CreateFromFile(typeof(Supervise.SupervisedAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Hosting.BackgroundService).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
    ];

    /// <summary>The usings every test source starts with, so tests show only what matters.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;
        using Supervise;

        """;
}
