using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Supervise.Hosting;

/// <summary>
/// Runs the supervisors of one <c>AddSupervisedWorkers&lt;T&gt;()</c> registration as part of the host:
/// starts them in order when the host starts, and stops them one by one in reverse order when it stops.
/// </summary>
internal sealed class SupervisedWorkersHostedService : IHostedService
{
    private readonly SupervisedWorkersSource _source;
    private readonly SupervisedWorkerRegistry _registry;
    private readonly List<SupervisedWorker> _started = new();

    public SupervisedWorkersHostedService(SupervisedWorkersSource source, SupervisedWorkerRegistry registry)
    {
        _source = source;
        _registry = registry;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var workers = _registry.WorkersOf(_source);
        HostingLog.WorkersStarting(_registry.HostingLogger, _source.WorkerType.FullName ?? _source.WorkerType.Name, string.Join(", ", workers.Select(worker => worker.Name)));
        foreach (var worker in workers)
        {
            worker.PrepareToRun(_registry.SupervisorLoggerFor(worker), _registry.TimeProvider);

            // Returns at once: the supervisor runs the worker on the thread pool.
            worker.Supervisor.Start();
            _started.Add(worker);
        }

        return Task.CompletedTask;
    }

    /// <param name="cancellationToken">Cancelled when the host's shutdown timeout has passed: every worker
    /// not yet stopped is then Unstopped and reported, so the host's stop is never held up.</param>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            var supervisor = _started[i].Supervisor;
            try
            {
                await supervisor.StopAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (WorkerUnstoppedException)
            {
                HostingLog.WorkerUnstoppedAtShutdown(_registry.HostingLogger, supervisor.Name, (long)supervisor.ShutdownTimeout.TotalMilliseconds);
            }
            catch (SupervisorGaveUpException)
            {
                // Escalated when it happened, by its give-up behavior; stopping the host is not a second failure.
            }
        }

        _started.Clear();
    }
}
