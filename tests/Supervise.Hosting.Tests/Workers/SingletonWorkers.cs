namespace Supervise.Hosting.Tests.Workers;

/// <summary>A singleton worker: runs only while it holds the lease "billing-sweeper"; remembers each run's fencing token.</summary>
public sealed partial class BillingSweeper(WorkerScript script)
{
    private readonly List<long> _fencingTokens = new();

    public IReadOnlyList<long> FencingTokens
    {
        get
        {
            lock (_fencingTokens)
            {
                return _fencingTokens.ToList();
            }
        }
    }

    [Supervised(Singleton = "billing-sweeper")]
    private Task SweepAsync(SupervisionContext context)
    {
        lock (_fencingTokens)
        {
            _fencingTokens.Add(context.FencingToken);
        }

        return script.RunAsync(context.StoppingToken);
    }
}
