using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace Supervise.Hosting;

/// <summary>
/// Per-worker settings from configuration (<c>Supervise:Workers:&lt;worker name&gt;:&lt;option&gt;</c>):
/// checked and put in force once the workers are known, and again whenever the configuration reloads.
/// </summary>
internal sealed class SupervisedWorkersConfiguration : IDisposable
{
    /// <summary>The section that holds one subsection per worker, named by its <see cref="Supervisor.Name"/>.</summary>
    public const string WorkersSection = "Supervise:Workers";

    private readonly object _gate = new();
    private readonly IConfiguration? _configuration;
    private readonly ILogger _logger;
    private readonly List<(SupervisedWorker Worker, SupervisorSettings Compiled)> _workers = new();
    private IDisposable? _reloads;

    /// <param name="configuration">The host's configuration; null in a container without one, where nothing is overridden.</param>
    /// <param name="logger">The host integration's logger.</param>
    public SupervisedWorkersConfiguration(IConfiguration? configuration, ILogger logger)
    {
        _configuration = configuration;
        _logger = logger;
    }

    /// <summary>
    /// Puts the configured settings of every worker in force before any starts; warns about sections naming no worker.
    /// </summary>
    /// <exception cref="InvalidOperationException">A configured value breaks a rule: every problem of every worker, each naming its key, value and rule.</exception>
    public void ApplyAtStart(IReadOnlyList<SupervisedWorker> workers)
    {
        if (_configuration is null)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var worker in workers)
            {
                // The settings before configuration: what a key removed later falls back to.
                _workers.Add((worker, worker.Supervisor.Settings));
            }

            var problems = new List<string>();
            var changes = Read(problems);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The supervised workers' configuration under '{WorkersSection}' is invalid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}");
            }

            foreach (var (worker, settings) in changes)
            {
                HostingLog.SettingsFromConfiguration(_logger, worker.Name, settings.ToString(), worker.Supervisor.Settings.ToString());
                worker.Supervisor.UpdateSettings(settings);
            }

            WarnAboutUnknownWorkers();
            _reloads = ChangeToken.OnChange(_configuration.GetReloadToken, Reload);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _reloads?.Dispose();
            _reloads = null;
        }
    }

    /// <summary>A reload: valid new settings come into force at each worker's next restart decision; invalid ones are logged and left out, keeping the host running.</summary>
    private void Reload()
    {
        lock (_gate)
        {
            if (_reloads is null)
            {
                return;
            }

            var problems = new List<string>();
            var changes = Read(problems);
            foreach (var problem in problems)
            {
                HostingLog.ConfigurationReloadRejected(_logger, problem);
            }

            foreach (var (worker, settings) in changes)
            {
                try
                {
                    // The supervisor logs the change with the old and new values when it takes effect (event 17).
                    worker.Supervisor.UpdateSettings(settings);
                }
                catch (ArgumentException refused)
                {
                    // A reload comes from a file watcher or an operator: it must not throw into them.
                    HostingLog.ConfigurationReloadRejected(_logger, refused.Message);
                }
            }

            WarnAboutUnknownWorkers();
        }
    }

    /// <summary>The workers whose configured settings differ from those in force, with those settings; a worker with a problem is left out.</summary>
    private List<(SupervisedWorker Worker, SupervisorSettings Settings)> Read(List<string> problems)
    {
        var changes = new List<(SupervisedWorker, SupervisorSettings)>();
        var section = _configuration!.GetSection(WorkersSection);
        foreach (var (worker, compiled) in _workers)
        {
            var settings = WorkerSettingsFromConfiguration.Read(compiled, section.GetSection(worker.Name), problems);
            if (settings is not null && !WorkerSettingsFromConfiguration.SameOverridableValues(settings, worker.Supervisor.Settings))
            {
                changes.Add((worker, settings));
            }
        }

        return changes;
    }

    private void WarnAboutUnknownWorkers()
    {
        // Configuration keys are case-insensitive, so a worker's section is found whatever its case.
        foreach (var entry in _configuration!.GetSection(WorkersSection).GetChildren())
        {
            if (!_workers.Any(known => string.Equals(known.Worker.Name, entry.Key, StringComparison.OrdinalIgnoreCase)))
            {
                var known = _workers.Count == 0 ? "none" : string.Join(", ", _workers.Select(pair => pair.Worker.Name));
                HostingLog.UnknownWorkerInConfiguration(_logger, entry.Path, entry.Key, known);
            }
        }
    }
}
