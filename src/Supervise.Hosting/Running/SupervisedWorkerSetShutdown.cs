using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Supervise.Hosting;

/// <summary>Stops every child of a keyed worker set as the host stops, naming each child left Unstopped.</summary>
internal static class SupervisedWorkerSetShutdown
{
    /// <summary>
    /// Asks the children to stop, the last started first, each within its own shutdown timeout or until
    /// <paramref name="cancellationToken"/> is cancelled; never throws for a child that gave up or is Unstopped.
    /// </summary>
    public static async Task StopAllAsync(SupervisedWorkerSet set, ILogger hostingLogger, CancellationToken cancellationToken)
    {
        // Read before the stop, which removes the children from the set.
        var children = set.Set.Children;
        await set.Set.StopAllAsync(cancellationToken).ConfigureAwait(false);
        foreach (var child in children)
        {
            if (child.State == SupervisorState.Unstopped)
            {
                HostingLog.WorkerUnstoppedAtShutdown(hostingLogger, child.Name, (long)child.ShutdownTimeout.TotalMilliseconds);
            }
        }
    }
}
