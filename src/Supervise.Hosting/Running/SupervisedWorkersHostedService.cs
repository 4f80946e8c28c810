using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Supervise.Hosting;

/// <summary>
/// Runs the supervisors of one <c>AddSupervisedWorkers&lt;T&gt;()</c> registration as part of the host:
/// starts them in order when the host starts, and stops them one by one in reverse order when it stops.
/// A type's supervision group is started as one, after the type's other workers, and stopped before them;
/// its children are never started or stopped one by one. The children of its keyed worker sets are
/// stopped first of all (they were started after the rest, by whoever starts a key).
/// </summary>
/// <remarks>
/// A lifecycle service so that its checks run in <see cref="StartingAsync"/>, before any hosted service
/// has started: a type registered twice is refused before either registration runs it.
/// </remarks>
internal sealed class SupervisedWorkersHostedService : IHostedLifecycleService
{
    private readonly SupervisedWorkersSource _source;
    private readonly SupervisedWorkerRegistry _registry;
    private readonly IServiceProvider _services;
    private readonly List<SupervisedWorker> _started = new();
    private readonly List<SupervisedWorkerSet> _startedSets = new();
    private SupervisedGroup? _startedGroup;
    private bool _checked;

    public SupervisedWorkersHostedService(SupervisedWorkersSource source, SupervisedWorkerRegistry registry, IServiceProvider services)
    {
        _source = source;
        _registry = registry;
        _services = services;
    }

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        CheckRegistrations();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A host that does not call StartingAsync still gets the check, before this service starts anything.
        CheckRegistrations();
        var workers = _registry.WorkersOf(_source);
        HostingLog.WorkersStarting(_registry.HostingLogger, _source.WorkerType.FullName ?? _source.WorkerType.Name, string.Join(", ", workers.Select(worker => worker.Name)));
        foreach (var worker in workers)
        {
            if (worker.Supervisor.Group is not null)
            {
                continue;
            }

            worker.PrepareToRun(_registry.SupervisorLoggerFor(worker), _registry.TimeProvider);

            // Returns at once: the supervisor runs the worker on the thread pool.
            worker.Supervisor.Start();
            _started.Add(worker);
        }

        if (_registry.GroupOf(_source) is { } group)
        {
            group.PrepareToRun(_registry.SupervisorLogger, _registry.TimeProvider);
            group.Start();
            _startedGroup = group;
        }

        // A set starts no children itself: whoever starts a key gets a child with the host's logger and clock.
        foreach (var set in _registry.SetsOf(_source))
        {
            set.PrepareToRun(_registry.SupervisorLogger, _registry.TimeProvider);
            _startedSets.Add(set);
        }

        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <param name="cancellationToken">Cancelled when the host's shutdown timeout has passed: every worker
    /// not yet stopped is then Unstopped and reported, so the host's stop is never held up.</param>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Reverse of start: keyed children, then the group, then the plain workers.
        for (var i = _startedSets.Count - 1; i >= 0; i--)
        {
            await SupervisedWorkerSetShutdown.StopAllAsync(_startedSets[i], _registry.HostingLogger, cancellationToken).ConfigureAwait(false);
        }

        _startedSets.Clear();

        if (_startedGroup is { } group)
        {
            _startedGroup = null;
            try
            {
                await group.StopAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (WorkerUnstoppedException unstopped)
            {
                HostingLog.WorkerUnstoppedAtShutdown(_registry.HostingLogger, unstopped.SupervisorName, (long)unstopped.ShutdownTimeout.TotalMilliseconds);
            }
            catch (SupervisorGaveUpException)
            {
                // Escalated when it happened, by the group's give-up behavior.
            }
        }

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

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void CheckRegistrations()
    {
        if (_checked)
        {
            return;
        }

        // The host has made its hosted services before starting any, so this creates nothing new.
        BackgroundServiceTwinCheck.Check(_source, _services.GetServices<IHostedService>());
        _checked = true;
    }
}
