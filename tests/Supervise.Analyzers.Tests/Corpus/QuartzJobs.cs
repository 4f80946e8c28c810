// Style: Quartz.NET jobs (IJob.Execute(IJobExecutionContext), values from MergedJobDataMap,
// [DisallowConcurrentExecution]); the stop token is context.CancellationToken, which the corpus's
// .editorconfig names (supervise.stop_token).
using Quartz;

namespace Reporting.Jobs;

[DisallowConcurrentExecution]
public sealed class FeedImportJob : IJob
{
    private readonly HttpClient _http;

    public FeedImportJob(HttpClient http) => _http = http;

    // expect: clean
    public async Task Execute(IJobExecutionContext context)
    {
        var url = context.MergedJobDataMap.GetString("url") ?? "https://feeds.example/daily";
        using var response = await _http.GetAsync(url, context.CancellationToken);
        response.EnsureSuccessStatusCode();
    }
}

public sealed class RatesImportJob : IJob
{
    private readonly HttpClient _http;
    private string _rates = string.Empty;

    public RatesImportJob(HttpClient http) => _http = http;

    // expect: token-not-passed
    public async Task Execute(IJobExecutionContext context)
    {
        var url = context.MergedJobDataMap.GetString("url") ?? "https://rates.example/today";
        _rates = await _http.GetStringAsync(url);
    }
}

public sealed class HeartbeatJob : IJob
{
    private readonly ILogger<HeartbeatJob> _logger;

    public HeartbeatJob(ILogger<HeartbeatJob> logger) => _logger = logger;

    // expect: clean
    public Task Execute(IJobExecutionContext context)
    {
        _logger.LogInformation("Scheduler alive at {Time}.", context.FireTimeUtc);
        return Task.CompletedTask;
    }
}

public sealed class TenantSyncJob : IJob
{
    private readonly ITenantDirectory _tenants;
    private readonly HttpClient _http;

    public TenantSyncJob(ITenantDirectory tenants, HttpClient http)
    {
        _tenants = tenants;
        _http = http;
    }

    // expect: token-stops-at-helper
    public async Task Execute(IJobExecutionContext context)
    {
        foreach (var tenant in await _tenants.ListAsync(context.CancellationToken))
        {
            await SyncTenantAsync(tenant);
        }
    }

    private async Task SyncTenantAsync(string tenant)
    {
        using var content = new StringContent(tenant);
        using var response = await _http.PostAsync("https://crm.example/sync", content);
        response.EnsureSuccessStatusCode();
    }
}

public interface ITenantDirectory
{
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken);
}

public sealed class ExportJob : IJob
{
    private readonly IExporter _exporter;

    public ExportJob(IExporter exporter) => _exporter = exporter;

    // expect: fire-and-forget
    public Task Execute(IJobExecutionContext context)
    {
        Task.Run(() => _exporter.ExportAsync(context.CancellationToken));
        return Task.CompletedTask;
    }
}

public interface IExporter
{
    Task ExportAsync(CancellationToken cancellationToken);

    Task<bool> TryCleanAsync(CancellationToken cancellationToken);
}

public sealed class CleanupJob : IJob
{
    private readonly IExporter _exporter;

    public CleanupJob(IExporter exporter) => _exporter = exporter;

    // expect: token-not-passed
    public async Task Execute(IJobExecutionContext context)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await _exporter.TryCleanAsync(context.CancellationToken))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(10));
        }
    }
}

public sealed class RetryAwareJob : IJob
{
    private readonly IExporter _exporter;

    public RetryAwareJob(IExporter exporter) => _exporter = exporter;

    // expect: clean
    public async Task Execute(IJobExecutionContext context)
    {
        if (context.RefireCount > 3)
        {
            return;
        }

        await _exporter.ExportAsync(context.CancellationToken);
    }
}
