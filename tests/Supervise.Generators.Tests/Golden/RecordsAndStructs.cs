#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo;

public partial record Settings(string Name)
{
    [Supervised]
    private static Task RefreshAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
}

public partial struct Counter
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    public static Task TickAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
}

public readonly partial record struct Point(int X)
{
    [Supervised]
    private static Task MoveAsync() => Task.CompletedTask;
}
