#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

public partial class Migration
{
    [Supervised(Restart = RestartMode.Never, Name = "db \"migration\"")]
    public Task RunAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
}
