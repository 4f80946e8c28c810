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

    /// <summary>All supervised workers, in registration order, then declaration order; a group's children among them.</summary>
    public IReadOnlyList<SupervisedWorker> All => Resolve().All;

    /// <summary>All supervision groups, in registration order.</summary>
    public IReadOnlyList<SupervisedGroup> Groups => Resolve().Groups;

    /// <summary>The logger the host gives supervisors (category <see cref="SupervisedWorkersLogCategories.Supervisor"/>).</summary>
    public ILogger SupervisorLogger => Resolve().SupervisorLogger;

    /// <summary>The logger the host gives a worker's supervisor: its own category (<see cref="SupervisedWorkersLogCategories.ForWorker"/>), so its level can be set alone.</summary>
    public ILogger SupervisorLoggerFor(SupervisedWorker worker) => Resolve().LoggerFactory.CreateLogger(SupervisedWorkersLogCategories.ForWorker(worker.Name));

    /// <summary>The <see cref="TimeProvider"/> registered in the container, if any.</summary>
    public TimeProvider? TimeProvider => Resolve().TimeProvider;

    /// <summary>The logger of the host integration (category <see cref="SupervisedWorkersLogCategories.Hosting"/>).</summary>
    public ILogger HostingLogger => Resolve().HostingLogger;

    /// <summary>Every keyed worker set, in registration order, then declaration order.</summary>
    public IReadOnlyList<SupervisedWorkerSet> AllSets => Resolve().AllSets;

    /// <summary>The keyed worker sets of one registration, leaving out sets an earlier registration already has.</summary>
    public IReadOnlyList<SupervisedWorkerSet> SetsOf(SupervisedWorkersSource source) =>
        Resolve().SetsBySource.TryGetValue(source, out var sets) ? sets : Array.Empty<SupervisedWorkerSet>();

    /// <summary>The workers of one registration, leaving out supervisors an earlier registration already has.</summary>
    public IReadOnlyList<SupervisedWorker> WorkersOf(SupervisedWorkersSource source) =>
        Resolve().BySource.TryGetValue(source, out var workers) ? workers : Array.Empty<SupervisedWorker>();

    /// <summary>The group of one registration, or null when its type is no <see cref="ISupervisedGroup"/> (or an earlier registration has the group).</summary>
    public SupervisedGroup? GroupOf(SupervisedWorkersSource source) =>
        Resolve().GroupBySource.TryGetValue(source, out var group) ? group : null;

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
        var sets = new List<(SupervisedWorkersSource Source, ISupervisorSet Set)>();
        var found = FindSupervisors(sets, out var foundGroups);
        RejectDuplicateNames(found, foundGroups, sets);

        var all = new List<SupervisedWorker>();
        var bySource = new Dictionary<SupervisedWorkersSource, IReadOnlyList<SupervisedWorker>>();
        foreach (var group in found.GroupBy(pair => pair.Source))
        {
            var ofSource = group.Select(pair => new SupervisedWorker(pair.Supervisor, pair.Source.WorkerType, escalation)).ToList();
            all.AddRange(ofSource);
            bySource[group.Key] = ofSource;
        }

        var groups = new List<SupervisedGroup>();
        var groupBySource = new Dictionary<SupervisedWorkersSource, SupervisedGroup>();
        foreach (var (source, group) in foundGroups)
        {
            var children = group.Children.Select(child => all.First(worker => ReferenceEquals(worker.Supervisor, child))).ToList();
            var hosted = new SupervisedGroup(group, source.WorkerType, children, escalation);
            groups.Add(hosted);
            groupBySource[source] = hosted;
        }

        var allSets = new List<SupervisedWorkerSet>();
        var setsBySource = new Dictionary<SupervisedWorkersSource, IReadOnlyList<SupervisedWorkerSet>>();
        foreach (var group in sets.GroupBy(pair => pair.Source))
        {
            var ofSource = group.Select(pair => new SupervisedWorkerSet(pair.Set, pair.Source.WorkerType, escalation)).ToList();
            allSets.AddRange(ofSource);
            setsBySource[group.Key] = ofSource;
        }

        WarnAboutUnknownNames(options, all, groups, allSets, hostingLogger);
        SingletonLeaseWiring.Wire(_services, all);
        _services.GetService<SupervisedWorkersConfiguration>()?.ApplyAtStart(all);
        return new Resolved(
            all,
            bySource,
            groups,
            groupBySource,
            allSets,
            setsBySource,
            loggerFactory.CreateLogger(SupervisedWorkersLogCategories.Supervisor),
            loggerFactory,
            hostingLogger,
            _services.GetService<TimeProvider>());
    }

    /// <summary>
    /// Every source's supervisors in order, each supervisor once, with the source that listed it first; the
    /// group of each source that is an <see cref="ISupervisedGroup"/>, whose children are among the supervisors;
    /// and the keyed worker sets of the same objects, to <paramref name="sets"/>, each once likewise.
    /// </summary>
    private List<(SupervisedWorkersSource Source, Supervisor Supervisor)> FindSupervisors(
        List<(SupervisedWorkersSource Source, ISupervisorSet Set)> sets,
        out List<(SupervisedWorkersSource Source, SupervisorGroup Group)> groups)
    {
        var found = new List<(SupervisedWorkersSource Source, Supervisor Supervisor)>();
        groups = new List<(SupervisedWorkersSource Source, SupervisorGroup Group)>();
        foreach (var source in _services.GetServices<SupervisedWorkersSource>())
        {
            _resolving = source.WorkerType;
            var instance = source.Resolve(_services);
            FindSets(source, instance, sets);
            var supervisors = instance.Supervisors
                ?? throw new InvalidOperationException($"{source.WorkerType.FullName}.Supervisors returned null; it must list the type's supervisors.");
            var ownGroup = instance is ISupervisedGroup grouped ? grouped.Group : null;
            var addsGroup = ownGroup is not null && !groups.Any(known => ReferenceEquals(known.Group, ownGroup));
            if (addsGroup)
            {
                groups.Add((source, ownGroup!));
            }

            foreach (var supervisor in supervisors)
            {
                if (supervisor is null)
                {
                    throw new InvalidOperationException($"{source.WorkerType.FullName}.Supervisors holds a null supervisor.");
                }

                // The runtime refuses to start a group's child on its own; the host runs groups it is given.
                if (supervisor.Group is { } other && !groups.Any(known => ReferenceEquals(known.Group, other)))
                {
                    throw new InvalidOperationException(
                        $"{source.WorkerType.FullName}.Supervisors lists '{supervisor.Name}', a child of supervision group '{other.Name}', which the host does not run: " +
                        "a group's children start and stop with their group only. Register the type that owns the group with AddSupervisedWorkers<T>() instead.");
                }
            }

            AddNew(found, source, supervisors);
            if (addsGroup)
            {
                // Children a hand-written Supervisors list leaves out are still the group's, and reported with it.
                AddNew(found, source, ownGroup!.Children);
            }
        }

        return found;
    }

    // The same object registered under two types is supervised once, by the first registration.
    private static void AddNew(List<(SupervisedWorkersSource Source, Supervisor Supervisor)> found, SupervisedWorkersSource source, IEnumerable<Supervisor> supervisors)
    {
        foreach (var supervisor in supervisors)
        {
            if (!found.Any(known => ReferenceEquals(known.Supervisor, supervisor)))
            {
                found.Add((source, supervisor));
            }
        }
    }

    private static void FindSets(SupervisedWorkersSource source, ISupervisedWorkers instance, List<(SupervisedWorkersSource Source, ISupervisorSet Set)> sets)
    {
        if (instance is not ISupervisedWorkerSets withSets)
        {
            return;
        }

        var ofInstance = withSets.SupervisorSets
            ?? throw new InvalidOperationException($"{source.WorkerType.FullName}.SupervisorSets returned null; it must list the type's keyed worker sets.");
        foreach (var set in ofInstance)
        {
            if (set is null)
            {
                throw new InvalidOperationException($"{source.WorkerType.FullName}.SupervisorSets holds a null set.");
            }

            if (!sets.Any(known => ReferenceEquals(known.Set, set)))
            {
                sets.Add((source, set));
            }
        }
    }

    // Names key health entries and per-worker settings, so two workers (or groups, or sets) cannot share one.
    private static void RejectDuplicateNames(
        List<(SupervisedWorkersSource Source, Supervisor Supervisor)> found,
        List<(SupervisedWorkersSource Source, SupervisorGroup Group)> groups,
        List<(SupervisedWorkersSource Source, ISupervisorSet Set)> sets)
    {
        var named = found.Select(pair => (pair.Source, Name: pair.Supervisor.Name))
            .Concat(groups.Select(pair => (pair.Source, Name: pair.Group.Name)))
            .Concat(sets.Select(pair => (pair.Source, Name: pair.Set.WorkerName)));
        var duplicate = named.GroupBy(pair => pair.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            var owners = string.Join(" and ", duplicate.Select(pair => pair.Source.WorkerType.FullName).Distinct());
            throw new InvalidOperationException(
                $"Two supervised workers are named '{duplicate.Key}' (in {owners}). Worker names key health checks and give-up settings, " +
                "so each must be unique: give one of them another name with [Supervised(Name = \"...\")] (a group: [SupervisionGroup(Name = \"...\")]).");
        }
    }

    private static void WarnAboutUnknownNames(
        SupervisedWorkersOptions options,
        List<SupervisedWorker> all,
        List<SupervisedGroup> groups,
        List<SupervisedWorkerSet> sets,
        ILogger logger)
    {
        // A group's give-up is the one escalated, so its name is the one to configure; its children's have no effect.
        var names = all.Where(worker => worker.Supervisor.Group is null).Select(worker => worker.Name)
            .Concat(groups.Select(group => group.Name))
            .Concat(sets.Select(set => set.Name))
            .ToList();
        foreach (var name in options.GiveUpBehaviorByName.Keys)
        {
            // A keyed child (Set[key]) is named only once it is started, so any key of a known set counts.
            if (!names.Any(known => string.Equals(known, name, StringComparison.Ordinal))
                && !sets.Any(set => name.StartsWith(set.Name + "[", StringComparison.Ordinal)))
            {
                var known = names.Count == 0 ? "none" : string.Join(", ", names);
                HostingLog.UnknownWorkerInGiveUpBehaviors(logger, name, known);
            }
        }
    }

    private sealed class Resolved
    {
        public Resolved(
            IReadOnlyList<SupervisedWorker> all,
            Dictionary<SupervisedWorkersSource, IReadOnlyList<SupervisedWorker>> bySource,
            IReadOnlyList<SupervisedGroup> groups,
            Dictionary<SupervisedWorkersSource, SupervisedGroup> groupBySource,
            IReadOnlyList<SupervisedWorkerSet> allSets,
            Dictionary<SupervisedWorkersSource, IReadOnlyList<SupervisedWorkerSet>> setsBySource,
            ILogger supervisorLogger,
            ILoggerFactory loggerFactory,
            ILogger hostingLogger,
            TimeProvider? timeProvider)
        {
            All = all;
            BySource = bySource;
            Groups = groups;
            GroupBySource = groupBySource;
            AllSets = allSets;
            SetsBySource = setsBySource;
            SupervisorLogger = supervisorLogger;
            LoggerFactory = loggerFactory;
            HostingLogger = hostingLogger;
            TimeProvider = timeProvider;
        }

        public IReadOnlyList<SupervisedWorker> All { get; }

        public Dictionary<SupervisedWorkersSource, IReadOnlyList<SupervisedWorker>> BySource { get; }

        public IReadOnlyList<SupervisedGroup> Groups { get; }

        public Dictionary<SupervisedWorkersSource, SupervisedGroup> GroupBySource { get; }

        public IReadOnlyList<SupervisedWorkerSet> AllSets { get; }

        public Dictionary<SupervisedWorkersSource, IReadOnlyList<SupervisedWorkerSet>> SetsBySource { get; }

        public ILogger SupervisorLogger { get; }

        public ILoggerFactory LoggerFactory { get; }

        public ILogger HostingLogger { get; }

        public TimeProvider? TimeProvider { get; }
    }
}
