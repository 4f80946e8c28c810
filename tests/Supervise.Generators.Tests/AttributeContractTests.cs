using System.Reflection;
using Supervise.Generators.Judging;
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
        Assert.Equal(AttributeDefaults.Jitter, attribute.Jitter);
        Assert.Equal(AttributeDefaults.ResetAfterMs, attribute.ResetAfterMs);
        Assert.Equal(AttributeDefaults.MaxRestarts, attribute.MaxRestarts);
        Assert.Equal(AttributeDefaults.RestartWindowMs, attribute.RestartWindowMs);
        Assert.Equal(AttributeDefaults.CircuitBreakerThreshold, attribute.CircuitBreakerThreshold);
        Assert.Equal(AttributeDefaults.CircuitBreakerDurationMs, attribute.CircuitBreakerDurationMs);
        Assert.Equal(AttributeDefaults.HeartbeatTimeoutMs, attribute.HeartbeatTimeoutMs);
        Assert.Null(attribute.StopOn);
        Assert.Null(attribute.RestartOn);
        Assert.Equal(WellKnownTypes.SupervisionContextName, typeof(SupervisionContext).FullName);
        Assert.Null(attribute.Name);
        Assert.Equal(WellKnownTypes.SupervisedAttributeName, typeof(SupervisedAttribute).FullName);
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
            .Select(property => property.Name + " = " + SampleValue(property));
        var run = GeneratorHarness.Run($$"""
            using System.Threading;
            using System.Threading.Tasks;
            using Supervise;

            public partial class Everything
            {
                [Supervised({{string.Join(", ", arguments)}})]
                private Task WorkAsync(SupervisionContext context) => Task.CompletedTask;
            }
            """);

        Assert.Null(run.Single.Exception);
        Assert.Single(run.Sources);
    }

    private static string SampleValue(PropertyInfo property) => property.PropertyType switch
    {
        var type when type == typeof(int) => "1000",
        var type when type == typeof(bool) => "true",
        var type when type == typeof(string) => "\"sample\"",
        var type when type == typeof(RestartPolicy) => "RestartPolicy.Backoff",
        var type when type == typeof(RestartMode) => "RestartMode.OnFailure",
        var type when type == typeof(Type[]) && property.Name == "StopOn" => "new[] { typeof(System.ArgumentException) }",
        var type when type == typeof(Type[]) => "new[] { typeof(System.TimeoutException) }",
        var type => throw new InvalidOperationException($"Add a sample value for {property.Name} of type {type}."),
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
