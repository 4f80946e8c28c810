using System.Reflection;
using Supervise.Generators.Model;
using Supervise.Generators.Tests.Support;

namespace Supervise.Generators.Tests;

/// <summary>The generator's copies of the runtime's attribute contract must stay in step with it.</summary>
public sealed class AttributeContractTests
{
    [Fact]
    public void The_generator_defaults_equal_the_attribute_initialisers()
    {
        var attribute = new SupervisedAttribute();

        Assert.Equal(AttributeDefaults.RestartDelayMs, attribute.RestartDelayMs);
        Assert.Equal((int)AttributeDefaults.Policy, (int)attribute.Policy);
        Assert.Equal(AttributeDefaults.MaxDelayMs, attribute.MaxDelayMs);
        Assert.Equal((int)AttributeDefaults.Restart, (int)attribute.Restart);
        Assert.Equal(AttributeDefaults.ShutdownTimeoutMs, attribute.ShutdownTimeoutMs);
        Assert.Null(attribute.Name);
        Assert.Equal(AttributeDefaults.AttributeMetadataName, typeof(SupervisedAttribute).FullName);
    }

    [Fact]
    public void The_generator_enums_mirror_the_runtime_enums()
    {
        AssertMirrors<RestartPolicy, PolicyKind>();
        AssertMirrors<RestartMode, RestartKind>();
    }

    [Fact]
    public void The_generator_reads_every_attribute_property()
    {
        // An attribute setting every property must still produce a supervisor: a property the
        // reader does not know would make it skip the worker.
        var arguments = typeof(SupervisedAttribute)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanWrite)
            .Select(property => property.Name + " = " + SampleValue(property.PropertyType));
        var run = GeneratorHarness.Run($$"""
            using System.Threading;
            using System.Threading.Tasks;
            using Supervise;

            public partial class Everything
            {
                [Supervised({{string.Join(", ", arguments)}})]
                private Task WorkAsync(CancellationToken stoppingToken) => Task.CompletedTask;
            }
            """);

        Assert.Single(run.Sources);
    }

    private static string SampleValue(Type type) => type switch
    {
        _ when type == typeof(int) => "1000",
        _ when type == typeof(string) => "\"sample\"",
        _ when type == typeof(RestartPolicy) => "RestartPolicy.Backoff",
        _ when type == typeof(RestartMode) => "RestartMode.OnFailure",
        _ => throw new InvalidOperationException($"Add a sample value for {type}."),
    };

    private static void AssertMirrors<TRuntime, TGenerator>()
        where TRuntime : struct, Enum
        where TGenerator : struct, Enum
    {
        var runtime = Enum.GetValues<TRuntime>().Select(value => (value.ToString(), Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)));
        var generator = Enum.GetValues<TGenerator>().Select(value => (value.ToString(), Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(runtime, generator);
    }
}
