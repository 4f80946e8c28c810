// Style: Hangfire recurring jobs behind a project interface (IScheduledJob.RunAsync taking Hangfire's
// IJobCancellationToken, [AutomaticRetry]); the stop token is ShutdownToken, and the entry point is
// named in the corpus's .editorconfig (supervise.worker_methods).
using Hangfire;
using Scheduling.Abstractions;

namespace Accounts.Jobs;

[AutomaticRetry(Attempts = 3)]
public sealed class InvoiceReminderJob : IScheduledJob
{
    private readonly IInvoiceQueries _queries;
    private readonly IMailer _mailer;

    public InvoiceReminderJob(IInvoiceQueries queries, IMailer mailer)
    {
        _queries = queries;
        _mailer = mailer;
    }

    // expect: clean
    public async Task RunAsync(IJobCancellationToken cancellationToken)
    {
        var due = await _queries.GetDueAsync(cancellationToken.ShutdownToken);
        foreach (var invoice in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await _mailer.SendAsync(invoice, cancellationToken.ShutdownToken);
        }
    }
}

public interface IInvoiceQueries
{
    Task<IReadOnlyList<string>> GetDueAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> NextBatchAsync(CancellationToken cancellationToken);
}

public interface IMailer
{
    Task SendAsync(string body, CancellationToken cancellationToken = default);
}

public sealed class WeeklyDigestJob : IScheduledJob
{
    private readonly IMailer _mailer;

    public WeeklyDigestJob(IMailer mailer) => _mailer = mailer;

    // expect: token-not-passed
    public async Task RunAsync(IJobCancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _mailer.SendAsync("This week's digest");
    }
}

public sealed class TempFileSweepJob : IScheduledJob
{
    private readonly IInvoiceQueries _queries;

    public TempFileSweepJob(IInvoiceQueries queries) => _queries = queries;

    // expect: blocking-wait
    public async Task RunAsync(IJobCancellationToken cancellationToken)
    {
        foreach (var file in await _queries.NextBatchAsync(cancellationToken.ShutdownToken))
        {
            File.Delete(file);
            Thread.Sleep(TimeSpan.FromMilliseconds(200));
        }
    }
}

public sealed class LedgerSyncJob : IScheduledJob
{
    private readonly IInvoiceQueries _queries;
    private readonly Task _warmUp;

    public LedgerSyncJob(IInvoiceQueries queries, Task warmUp)
    {
        _queries = queries;
        _warmUp = warmUp;
    }

    // expect: blocking-token-wait
    public async Task RunAsync(IJobCancellationToken cancellationToken)
    {
        _warmUp.Wait(cancellationToken.ShutdownToken);
        await _queries.GetDueAsync(cancellationToken.ShutdownToken);
    }
}

public sealed class ArchiveJob : IScheduledJob
{
    private readonly IInvoiceQueries _queries;
    private int _archived;

    public ArchiveJob(IInvoiceQueries queries) => _queries = queries;

    // expect: clean
    public async Task RunAsync(IJobCancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = await _queries.NextBatchAsync(cancellationToken.ShutdownToken);
            if (batch.Count == 0)
            {
                break;
            }

            _archived += batch.Count;
        }
    }
}
