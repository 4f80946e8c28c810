using System.Text;

namespace Supervise.Benchmarks.Analyzers;

/// <summary>
/// A synthetic worker project: <see cref="Files"/> files, each with a supervised worker and a
/// <c>BackgroundService</c> written the way real ones are (loops, delays, HTTP-like calls, catches),
/// some forwarding their token and some not, so both CA2016 and our rules have work to do.
/// </summary>
internal static class SyntheticWorkers
{
    public const int Files = 200;

    public static IEnumerable<string> Sources() => Enumerable.Range(0, Files).Select(file => new StringBuilder()
        .Append("using System;\nusing System.IO;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing Microsoft.Extensions.Hosting;\nusing Supervise;\n\n")
        .Append($"namespace Synthetic.Workers{file}\n{{\n")
        .Append($$"""
                public sealed partial class Pump{{file}}
                {
                    private readonly Stream _stream = Stream.Null;
                    private int _handled;

                    [Supervised(RestartDelayMs = 500, Policy = RestartPolicy.Backoff)]
                    private async Task PumpAsync(CancellationToken stoppingToken)
                    {
                        var buffer = new byte[1024];
                        while (!stoppingToken.IsCancellationRequested)
                        {
                            try
                            {
                                var read = await _stream.ReadAsync(buffer, 0, buffer.Length{{(file % 2 == 0 ? ", stoppingToken" : string.Empty)}});
                                _handled += read;
                                await Task.Delay(10{{(file % 3 == 0 ? string.Empty : ", stoppingToken")}});
                            }
                            catch (IOException) when (!stoppingToken.IsCancellationRequested)
                            {
                                await Task.Delay(100, stoppingToken);
                            }
                        }
                    }
                }

                public sealed class Service{{file}} : BackgroundService
                {
                    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                    {
                        for (var attempt = 0; attempt < 10; attempt++)
                        {
                            await Task.Delay(attempt * 10{{(file % 5 == 0 ? string.Empty : ", stoppingToken")}});
                            await Task.Yield();
                        }
                    }
                }

            """)
        .Append("}\n")
        .ToString());
}
