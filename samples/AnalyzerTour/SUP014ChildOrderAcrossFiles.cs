using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP014: a group whose children are declared in more than one file (see SUP014ChildOrderAcrossFiles.Consume.cs).
// Their start order is then the order of the files' paths, which a rename changes silently.
// Fix: declare the children in one file.
[SupervisionGroup(Strategy = SupervisionStrategy.RestForOne)] // expect: SUP014
public sealed partial class TradeIngest
{
    [Supervised]
    private Task ConnectAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}
