// Style: hosted services that react to events rather than loop: FileSystemWatcher handlers,
// System.Timers.Timer.Elapsed, IHostApplicationLifetime.ApplicationStarted callbacks, with the
// events written to a channel a BackgroundService reads.
using System.Threading.Channels;

namespace Documents.Import;

public sealed class DropFolderWatcher : IHostedService, IDisposable
{
    private readonly FileSystemWatcher _watcher = new("/var/drop");
    private readonly IImporter _importer;

    public DropFolderWatcher(IImporter importer) => _importer = importer;

    // expect: clean
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _watcher.Created += OnCreated;
        _watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    // expect: async-void-callback
    private async void OnCreated(object sender, FileSystemEventArgs e)
    {
        await _importer.ImportAsync(e.FullPath);
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher.EnableRaisingEvents = false;
        return Task.CompletedTask;
    }

    public void Dispose() => _watcher.Dispose();
}

public interface IImporter
{
    Task ImportAsync(string path, CancellationToken cancellationToken = default);

    Task PurgeAsync();
}

public sealed class PurgeScheduler : IHostedService
{
    private readonly IImporter _importer;
    private System.Timers.Timer? _timer;

    public PurgeScheduler(IImporter importer) => _importer = importer;

    // expect: async-void-callback
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new System.Timers.Timer(60_000);
        _timer.Elapsed += async (sender, e) => await _importer.PurgeAsync();
        _timer.Start();
        return Task.CompletedTask;
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Stop();
        return Task.CompletedTask;
    }
}

public sealed class StartupIndexer : IHostedService
{
    private readonly IHostApplicationLifetime _lifetime;
    private readonly IImporter _importer;

    public StartupIndexer(IHostApplicationLifetime lifetime, IImporter importer)
    {
        _lifetime = lifetime;
        _importer = importer;
    }

    // expect: untracked-start-work
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lifetime.ApplicationStarted.Register(() => _ = _importer.ImportAsync("/var/index"));
        return Task.CompletedTask;
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class ChangeFeed : BackgroundService
{
    private readonly FileSystemWatcher _watcher = new("/var/docs");
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly IImporter _importer;

    public ChangeFeed(IImporter importer)
    {
        _importer = importer;
        _watcher.Changed += OnChanged;
    }

    // expect: clean
    private void OnChanged(object sender, FileSystemEventArgs e) => _changes.Writer.TryWrite(e.FullPath);

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _watcher.EnableRaisingEvents = true;
        await foreach (var path in _changes.Reader.ReadAllAsync(stoppingToken))
        {
            await _importer.ImportAsync(path, stoppingToken);
        }
    }
}

public sealed class WatcherKeeper : BackgroundService
{
    private readonly FileSystemWatcher _watcher = new("/var/keep");

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.Register(() => _watcher.Dispose());
        _watcher.EnableRaisingEvents = true;
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }
}
