using System;
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace NetStandardLibrary
{
    /// <summary>Fails its first two runs, then completes; OnFailure ends supervision at that completion.</summary>
    public sealed partial class FlakyWorker
    {
        public int Runs { get; private set; }

        [Supervised(Restart = RestartMode.OnFailure, Policy = RestartPolicy.Immediate, MaxRestarts = 5, RestartWindowMs = 60_000)]
        private Task WorkAsync(CancellationToken stoppingToken)
        {
            stoppingToken.ThrowIfCancellationRequested();
            Runs++;
            if (Runs <= 2)
            {
                throw new InvalidOperationException("run " + Runs + " fails on purpose");
            }

            return Task.CompletedTask;
        }
    }
}
