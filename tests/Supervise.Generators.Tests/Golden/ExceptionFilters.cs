#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo
{
    public partial class Importer
    {
        [Supervised(RestartOn = new[] { typeof(IOException), typeof(TimeoutException) }, StopOn = new[] { typeof(FileNotFoundException) })]
        private Task ImportAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);

        [Supervised(Restart = RestartMode.Never, StopOn = new[] { typeof(UnauthorizedAccessException) })]
        private Task MigrateAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);

        [Supervised(Restart = RestartMode.OnFailure, Policy = RestartPolicy.Immediate, StopOn = new[] { typeof(InvalidOperationException), typeof(ObjectDisposedException) })]
        private Task SyncAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
    }
}
