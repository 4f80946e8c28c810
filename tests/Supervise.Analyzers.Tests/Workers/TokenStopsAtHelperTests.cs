using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.TokenStopsAtHelperRule>;

namespace Supervise.Analyzers.Tests.Workers;

public sealed class TokenStopsAtHelperTests
{
    [Fact]
    public Task A_helper_without_a_token_that_calls_a_token_API_is_reported_at_the_worker_s_call() => Verify.VerifyAsync("""
        partial class Mirror
        {
            private readonly System.Net.Http.HttpClient _http = new();

            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await {|#0:DrainAsync|}();
                await Task.Delay(1000, stoppingToken);
            }

            private async Task DrainAsync()
            {
                using var response = await _http.GetAsync("https://queue.example/pending");
                response.EnsureSuccessStatusCode();
            }
        }
        """, Verify.Diagnostic("SUP110").WithLocation(0).WithArguments("DrainAsync", "stoppingToken", "HttpClient.GetAsync"));

    [Fact]
    public Task A_chain_of_helpers_is_followed_and_named() => Verify.VerifyAsync("""
        sealed class Pinger : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await {|#0:CheckAllAsync|}();
                    await Task.Delay(1000, stoppingToken);
                }
            }

            private async Task CheckAllAsync()
            {
                foreach (var delay in new[] { 1, 2 })
                {
                    await CheckAsync(delay);
                }
            }

            private static async Task CheckAsync(int delay) => await Task.Delay(delay);
        }
        """, Verify.Diagnostic("SUP110").WithLocation(0).WithArguments("CheckAllAsync", "stoppingToken", "Task.Delay (through 'CheckAsync')"));

    [Fact]
    public Task A_helper_in_another_file_is_followed() => Verify.VerifyAsync("""
        partial class Mirror
        {
            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await Helpers.{|SUP110:PauseAsync|}();
                stoppingToken.ThrowIfCancellationRequested();
            }
        }

        static class Helpers
        {
            public static Task PauseAsync() => Task.Delay(500);
        }
        """);

    [Fact]
    public Task Deeper_than_three_helpers_is_not_followed() => Verify.VerifyAsync("""
        partial class Mirror
        {
            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await OneAsync();
                stoppingToken.ThrowIfCancellationRequested();
            }

            private static Task OneAsync() => TwoAsync();
            private static Task TwoAsync() => ThreeAsync();
            private static Task ThreeAsync() => FourAsync();
            private static Task FourAsync() => Task.Delay(500);
        }
        """);

    [Fact]
    public Task Helpers_that_call_each_other_end() => Verify.VerifyAsync("""
        partial class Mirror
        {
            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await PingAsync(3);
                stoppingToken.ThrowIfCancellationRequested();
            }

            private static Task PingAsync(int n) => n == 0 ? Task.CompletedTask : PongAsync(n - 1);
            private static Task PongAsync(int n) => PingAsync(n);
        }
        """);

    [Fact]
    public Task A_helper_that_takes_a_token_is_clean() => Verify.VerifyAsync("""
        partial class Mirror
        {
            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await PauseAsync(stoppingToken);
            }

            private static Task PauseAsync(CancellationToken token) => Task.Delay(500, token);
        }
        """);

    [Fact]
    public Task A_helper_that_uses_a_token_of_its_own_is_clean() => Verify.VerifyAsync("""
        partial class Mirror
        {
            private readonly CancellationTokenSource _shutdown = new();

            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await PauseAsync();
                stoppingToken.ThrowIfCancellationRequested();
            }

            private Task PauseAsync() => Task.Delay(500, _shutdown.Token);
        }
        """);

    [Fact]
    public Task A_helper_with_nothing_to_interrupt_is_clean() => Verify.VerifyAsync("""
        partial class Mirror
        {
            private int _count;

            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await CountAsync();
                await Task.Delay(10, stoppingToken);
            }

            private Task CountAsync()
            {
                _count++;
                return Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task A_helper_with_a_token_overload_is_left_to_SUP102() => Verify.VerifyAsync("""
        partial class Mirror
        {
            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await PauseAsync();
            }

            private static Task PauseAsync() => Task.Delay(500);
            private static Task PauseAsync(CancellationToken token) => Task.Delay(500, token);
        }
        """);

    [Fact]
    public Task Broken_helpers_do_not_throw() => Verify.VerifyAsync("""
        partial class Mirror
        {
            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await PauseAsync();
                stoppingToken.ThrowIfCancellationRequested();
            }

            private static Task PauseAsync() => {|CS0103:Missing|}.Delay(500);
        }
        """);
}
