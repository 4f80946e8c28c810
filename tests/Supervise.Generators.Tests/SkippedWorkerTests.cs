using Supervise.Generators.Tests.Support;

namespace Supervise.Generators.Tests;

/// <summary>
/// Workers that cannot be supervised as written are skipped silently (the analyzers report them),
/// and the rest of the compilation is still generated.
/// </summary>
public sealed class SkippedWorkerTests
{
    private const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Supervise;

        """;

    // A supported worker beside every skipped one: its file must still be generated.
    private const string GoodWorker = """

        public partial class Good
        {
            [Supervised]
            private Task WorkAsync(CancellationToken stoppingToken) => Task.CompletedTask;
        }
        """;

    public static TheoryData<string, string> Unsupported => new()
    {
        { "the type is not partial", "public class Bad { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a containing type is not partial", "public class Outer { public partial class Bad { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; } }" },
        { "the method is generic", "public partial class Bad { [Supervised] Task WorkAsync<T>(CancellationToken t) => Task.CompletedTask; }" },
        { "it returns int", "public partial class Bad { [Supervised] int Work(CancellationToken t) => 0; }" },
        { "it returns a list", "public partial class Bad { [Supervised] System.Collections.Generic.List<int> Work(CancellationToken t) => new System.Collections.Generic.List<int>(); }" },
        { "it takes two parameters", "public partial class Bad { [Supervised] Task WorkAsync(CancellationToken t, int n) => Task.CompletedTask; }" },
        { "it takes its token before a key", "public partial class Bad { [Supervised] Task WorkAsync(CancellationToken t, string s) => Task.CompletedTask; }" },
        { "it takes the token by ref", "public partial class Bad { [Supervised] Task WorkAsync(ref CancellationToken t) => Task.CompletedTask; }" },
        { "it takes params tokens", "public partial class Bad { [Supervised] Task WorkAsync(params CancellationToken[] t) => Task.CompletedTask; }" },
        { "it is async void", "public partial class Bad { [Supervised] async void Work(CancellationToken t) { await Task.Yield(); } }" },
        { "it is abstract", "public abstract partial class Bad { [Supervised] protected abstract Task WorkAsync(CancellationToken t); }" },
        { "it is extern", "public partial class Bad { [Supervised] static extern Task WorkAsync(CancellationToken t); }" },
        { "it is a partial method without a body", "public partial class Bad { [Supervised] partial void Work(CancellationToken t); }" },
        { "it is an instance method of a struct", "public partial struct Bad { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "it is an instance method of a record", "public partial record Bad { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "it is in an interface", "public partial interface IBad { [Supervised] static Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "it is in a ref struct", "public ref partial struct Bad { [Supervised] static Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "it is in a file-local type", "file partial class Bad { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "it implements an interface explicitly", "public interface IWork { Task WorkAsync(CancellationToken t); } public partial class Bad : IWork { [Supervised] Task IWork.WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the delay is negative", "public partial class Bad { [Supervised(RestartDelayMs = -1)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the backoff cap is below the delay", "public partial class Bad { [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 1000, MaxDelayMs = 10)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the cap is zero", "public partial class Bad { [Supervised(MaxDelayMs = 0)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the shutdown timeout is negative", "public partial class Bad { [Supervised(ShutdownTimeoutMs = -5)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the policy is not a RestartPolicy value", "public partial class Bad { [Supervised(Policy = (RestartPolicy)42)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the mode is not a RestartMode value", "public partial class Bad { [Supervised(Restart = (RestartMode)(-1))] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the name is blank", "public partial class Bad { [Supervised(Name = \"  \")] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the property name is taken", "public partial class Bad { public int WorkSupervisor; [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the property name is taken by a base type", "public class Base { protected void WorkSupervisor() { } } public partial class Bad : Base { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the property name is the type's name", "public partial class WorkSupervisor { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the nested class name is taken", "public partial class Bad { class __WorkSupervisor { } [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the reset time is below -1", "public partial class Bad { [Supervised(ResetAfterMs = -2)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the restart limit is below -1", "public partial class Bad { [Supervised(MaxRestarts = -2)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a window is set without a limit", "public partial class Bad { [Supervised(RestartWindowMs = 1000)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the window is negative", "public partial class Bad { [Supervised(MaxRestarts = 1, RestartWindowMs = -1)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the circuit threshold is negative", "public partial class Bad { [Supervised(CircuitBreakerThreshold = -1)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the circuit break is zero", "public partial class Bad { [Supervised(CircuitBreakerThreshold = 2, CircuitBreakerDurationMs = 0)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a heartbeat timeout without a context to beat", "public partial class Bad { [Supervised(HeartbeatTimeoutMs = 1000)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the heartbeat timeout is negative", "public partial class Bad { [Supervised(HeartbeatTimeoutMs = -1)] Task WorkAsync(SupervisionContext c) => Task.CompletedTask; }" },
        { "StopOn lists a type that is not an exception", "public partial class Bad { [Supervised(StopOn = new[] { typeof(string) })] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "StopOn lists a type twice", "public partial class Bad { [Supervised(StopOn = new[] { typeof(TimeoutException), typeof(TimeoutException) })] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "StopOn lists a type after its base", "public partial class Bad { [Supervised(StopOn = new[] { typeof(Exception), typeof(TimeoutException) })] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "StopOn lists a null", "public partial class Bad { [Supervised(StopOn = new Type[] { null })] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "StopOn lists an open generic", "public class Failure<T> : Exception { } public partial class Bad { [Supervised(StopOn = new[] { typeof(Failure<>) })] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a type is in both StopOn and RestartOn", "public partial class Bad { [Supervised(StopOn = new[] { typeof(TimeoutException) }, RestartOn = new[] { typeof(TimeoutException) })] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "RestartOn is empty", "public partial class Bad { [Supervised(RestartOn = new Type[0])] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "it takes two contexts", "public partial class Bad { [Supervised] Task WorkAsync(SupervisionContext a, SupervisionContext b) => Task.CompletedTask; }" },
        { "it takes the context by ref", "public partial class Bad { [Supervised] Task WorkAsync(ref SupervisionContext a) => Task.CompletedTask; }" },
        { "one worker's property is another's nested class", "public partial class Bad { [Supervised] Task PumpAsync(CancellationToken t) => Task.CompletedTask; [Supervised] Task __PumpAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "two workers want the same property", "public partial class Bad { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; [Supervised] void Work(CancellationToken t) { } }" },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void An_unsupported_worker_is_skipped_and_the_others_are_still_generated(string why, string source)
    {
        var run = GeneratorHarness.Run(Usings + source + GoodWorker);

        Assert.True(run.Single.Exception is null, why);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["Good.g.cs"], run.Sources.Select(generated => generated.HintName));
    }

    [Fact]
    public void A_private_base_member_of_the_same_name_does_not_block_generation()
    {
        var run = GeneratorHarness.Run(Usings + """
            public class Base { private int WorkSupervisor = 0; public int Read() => WorkSupervisor; }
            public partial class Derived : Base { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }
            """);

        Assert.Equal(["Derived.g.cs"], run.Sources.Select(generated => generated.HintName));
        Assert.Empty(run.CompilationProblems().Where(diagnostic => diagnostic.Id != "CS1591"));
    }
}
