using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace AnalyzerTour;

// The worker rules also read BackgroundService.ExecuteAsync overrides: the same bugs live there.
// Turn that off with `supervise.analyze_background_services = false` in .editorconfig.
public sealed class Janitor : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Console.WriteLine("tidying");
            await Task.Delay(1000); // expect: SUP102
        }
    }
}
