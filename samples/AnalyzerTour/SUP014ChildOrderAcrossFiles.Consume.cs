using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// The other part of SUP014's TradeIngest: "SUP014ChildOrderAcrossFiles.Consume.cs" comes before
// "SUP014ChildOrderAcrossFiles.cs" in ordinal order, so ConsumeAsync starts before ConnectAsync.
public sealed partial class TradeIngest
{
    [Supervised]
    private Task ConsumeAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}
