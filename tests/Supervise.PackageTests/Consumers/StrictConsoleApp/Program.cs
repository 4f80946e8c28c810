using System;
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace StrictConsoleApp
{
    public static class Program
    {
        public static async Task Main()
        {
            var worker = new FlakyWorker(2);
            await worker.WorkSupervisor.RunAsync(CancellationToken.None);
            Console.WriteLine("runs=" + worker.Runs + " restarts=" + worker.WorkSupervisor.RestartCount);
        }
    }

    public sealed partial class FlakyWorker
    {
        private readonly int _failuresBeforeSuccess;

        public FlakyWorker(int failuresBeforeSuccess)
        {
            _failuresBeforeSuccess = failuresBeforeSuccess;
        }

        public int Runs { get; private set; }

        [Supervised(Restart = RestartMode.OnFailure, Policy = RestartPolicy.Immediate, MaxRestarts = 5, RestartWindowMs = 60_000)]
        private Task WorkAsync(CancellationToken stoppingToken)
        {
            stoppingToken.ThrowIfCancellationRequested();
            Runs++;
            if (Runs <= _failuresBeforeSuccess)
            {
                throw new InvalidOperationException("run " + Runs + " fails on purpose");
            }

            return Task.CompletedTask;
        }
    }
}
