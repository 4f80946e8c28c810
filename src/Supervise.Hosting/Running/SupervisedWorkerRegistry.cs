using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Supervise.Hosting;

/// <summary>
/// Every supervisor of every <c>AddSupervisedWorkers&lt;T&gt;()</c> registration, resolved from the
/// container once, on first use (the first hosted service to start, or the health check options).
/// </summary>
internal sealed class SupervisedWorkerRegistry
{
    private readonly object _gate = new();
    private readonly IServiceProvider _services;
    private Resolved? _resolved;
    private Type? _resolving;

    public SupervisedWorkerRegistry(IServiceProvider services)
    {
        _services = services;
    }

    /// <summary>All supervised workers, in registration order, then declaration order.</summary>
    public IReadOnlyList<SupervisedWorker> All => Resolve().All;

    /// <summary>The logger the host gives a worker's supervisor: its own category (<see cref="SupervisedWorkersLogCategories.ForWorker"/>), so its level can be set alone.</summary>
    public ILogger SupervisorLoggerFor(SupervisedWorker worker) => Resolve().LoggerFactory.CreateLogger(SupervisedWorkersLogCategories.ForWorker(worker.Name));

    /// <summary>The <see cref="TimeProvider"/> registered in the container, if any.</summary>
    public TimeProvider? TimeProvider => Resolve().TimeProvider;

    /// <summary>The logger of the host integration (category <see cref="SupervisedWorkersLogCategories.Hosting"/>).</summary>
    public ILogger HostingLogger => Resolve().HostingLogger;

    /// <summary>The workers of one registration, leaving out supervisors an earlier registration already has.</summary>
    public IReadOnlyList<SupervisedWorker> WorkersOf(SupervisedWorkersSource source) =>
        Resolve().BySource.TryGetValue(source, out var workers) ? workers : Array.Empty<SupervisedWorker>();

    private Resolved Resolve()
    {
        lock (_gate)
        {
            if (_resolved is { } resolved)
            {
                return resolved;
            }

            // The lock is re-entrant: a worker whose construction needs this list comes back here.
            if (_resolving is { } cycle)
            {
                throw new InvalidOperationException(
                    $"Creating {cycle.FullName} for supervision needs the list of supervised workers, which is still being built: " +
                    $"{cycle.Name} depends, directly or through other services, on something made from that list, usually HealthCheckService, " +
                    "whose entries AddHealthChecks().AddSupervisedWorkers() names after the workers. Take IServiceProvider instead and resolve " +
                    "that service when the worker runs.");
            }

            try
            {
                return _resolved = ResolveOnce();
            }
            finally
            {
                _resolving = null;
            }
        }
    }

    private Resolved ResolveOnce()
    {
        var options = _services.GetRequiredService<IOptions<SupervisedWorkersOptions>>().Value;
        var loggerFactory = _services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        var hostingLogger = loggerFactory.CreateLogger(SupervisedWorkersLogCategories.Hosting);
        var escalation = new GiveUpEscalation(options, _services.GetService<IHostApplicationLifetime>(), hostingLogger);

        // Checked before any worker is created, as creating one subscribes to its supervisor's events.
        var found = FindSupervisors();
        RejectDuplicateNames(found);

        var all = new List<SupervisedWorker>();
        var bySource = new Dictionary<SupervisedWorkersSource, IReadOnlyList<SupervisedWorker>>();
        foreach (var group in found.GroupBy(pair => pair.Source))
        {
            var ofSource = group.Select(pair => new SupervisedWorker(pair.Supervisor, pair.Source.WorkerType, escalation)).ToList();
            all.AddRange(ofSource);
            bySource[group.Key] = ofSource;
        }

        WarnAboutUnknownNames(options, all, hostingLogger);
        _services.GetService<SupervisedWorkersConfiguration>()?.ApplyAtStart(all);
        return new Resolved(
            all,
            bySource,
            loggerFactory,
            hostingLogger,
            _services.GetService<TimeProvider>());
    }

    /// <summary>Every source's supervisors in order, each supervisor once, with the source that listed it first.</summary>
    private List<(SupervisedWorkersSource Source, Supervisor Supervisor)> FindSupervisors()
    {
        var found = new List<(SupervisedWorkersSource Source, Supervisor Supervisor)>();
        foreach (var source in _services.GetServices<SupervisedWorkersSource>())
        {
            _resolving = source.WorkerType;
            var supervisors = source.Resolve(_services).Supervisors
                ?? throw new InvalidOperationException($"{source.WorkerType.FullName}.Supervisors returned null; it must list the type's supervisors.");
            foreach (var supervisor in supervisors)
            {
                if (supervisor is null)
                {
                    throw new InvalidOperationException($"{source.WorkerType.FullName}.Supervisors holds a null supervisor.");
                }

                // The same object registered under two types is supervised once, by the first registration.
                if (!found.Any(known => ReferenceEquals(known.Supervisor, supervisor)))
                {
                    found.Add((source, supervisor));
                }
            }
        }

        return found;
    }

    // Names key health entries and per-worker settings, so two workers cannot share one.
    private static void RejectDuplicateNames(List<(SupervisedWorkersSource Source, Supervisor Supervisor)> found)
    {
        var duplicate = found.GroupBy(pair => pair.Supervisor.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            var owners = string.Join(" and ", duplicate.Select(pair => pair.Source.WorkerType.FullName).Distinct());
            throw new InvalidOperationException(
                $"Two supervised workers are named '{duplicate.Key}' (in {owners}). Worker names key health checks and give-up settings, " +
                "so each must be unique: give one of them another name with [Supervised(Name = \"...\")].");
        }
    }

    private static void WarnAboutUnknownNames(SupervisedWorkersOptions options, List<SupervisedWorker> all, ILogger logger)
    {
        foreach (var name in options.GiveUpBehaviorByName.Keys)
        {
            if (!all.Any(worker => string.Equals(worker.Name, name, StringComparison.Ordinal)))
            {
                var known = all.Count == 0 ? "none" : string.Join(", ", all.Select(worker => worker.Name));
                HostingLog.UnknownWorkerInGiveUpBehaviors(logger, name, known);
            }
        }
    }

    private sealed class Resolved
    {
        public Resolved(
            IReadOnlyList<SupervisedWorker> all,
            Dictionary<SupervisedWorkersSource, IReadOnlyList<SupervisedWorker>> bySource,
            ILoggerFactory loggerFactory,
            ILogger hostingLogger,
            TimeProvider? timeProvider)
        {
            All = all;
            BySource = bySource;
            LoggerFactory = loggerFactory;
            HostingLogger = hostingLogger;
            TimeProvider = timeProvider;
        }

        public IReadOnlyList<SupervisedWorker> All { get; }

        public Dictionary<SupervisedWorkersSource, IReadOnlyList<SupervisedWorker>> BySource { get; }

        public ILoggerFactory LoggerFactory { get; }

        public ILogger HostingLogger { get; }

        public TimeProvider? TimeProvider { get; }
    }
}
