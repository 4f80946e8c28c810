using System.IO;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class ExceptionFilterTests
{
    private readonly WorkerScript _script = new();

    [Theory]
    [InlineData(typeof(InvalidOperationException))]
    [InlineData(typeof(ObjectDisposedException))]
    public async Task A_StopOn_failure_or_one_derived_from_it_stops_supervision(Type failureType)
    {
        var supervisor = new StopOnWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        var failure = (Exception)Activator.CreateInstance(failureType, "fatal")!;

        (await _script.NextRunAsync()).Fail(failure);

        var gaveUp = await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(run.Completion));
        Assert.Equal(GiveUpReason.StoppingException, gaveUp.Reason);
        Assert.Same(failure, gaveUp.InnerException);
        Assert.Equal(SupervisorState.Faulted, supervisor.State);
    }

    [Fact]
    public async Task Other_failures_are_restarted_under_StopOn()
    {
        var supervisor = new StopOnWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail(new ArgumentException("retry me"));
        (await _script.NextRunAsync()).Complete();

        Assert.Equal(3, (await _script.NextRunAsync()).Number);
    }

    [Theory]
    [InlineData(typeof(IOException), false)]
    [InlineData(typeof(DirectoryNotFoundException), false)]
    [InlineData(typeof(FileNotFoundException), true)]
    [InlineData(typeof(ArgumentException), true)]
    public async Task Under_RestartOn_the_most_specific_listed_type_decides(Type failureType, bool stops)
    {
        var supervisor = new RestartOnWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail((Exception)Activator.CreateInstance(failureType)!);

        if (stops)
        {
            var gaveUp = await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(run.Completion));
            Assert.IsType(failureType, gaveUp.InnerException);
        }
        else
        {
            Assert.Equal(2, (await _script.NextRunAsync()).Number);
        }
    }

    [Fact]
    public async Task A_completed_run_is_restarted_under_RestartOn()
    {
        var supervisor = new RestartOnWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Complete();

        Assert.Equal(2, (await _script.NextRunAsync()).Number);
    }
}
