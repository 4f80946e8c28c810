using Verify = Supervise.Analyzers.Tests.Support.CodeFixVerifier<Supervise.Analyzers.Workers.TokenStopsAtHelperRule, Supervise.CodeFixes.AddTokenToHelperCodeFix>;

namespace Supervise.Analyzers.Tests.Fixes;

public sealed class AddTokenToHelperFixTests
{
    [Fact]
    public Task The_helper_gets_a_token_passes_it_on_and_the_worker_passes_its_own() => Verify.VerifyFixAsync("""
        partial class Mirror
        {
            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await {|SUP110:DrainAsync|}(3);
                await Task.Delay(1000, stoppingToken);
            }

            private async Task DrainAsync(int count)
            {
                await Task.Delay(count);
                await Task.Yield();
            }
        }
        """, """
        partial class Mirror
        {
            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await DrainAsync(3, stoppingToken);
                await Task.Delay(1000, stoppingToken);
            }

            private async Task DrainAsync(int count, CancellationToken cancellationToken)
            {
                await Task.Delay(count, cancellationToken);
                await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task A_helper_with_other_callers_gets_a_default() => Verify.VerifyFixAsync("""
        partial class Mirror
        {
            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await {|SUP110:PauseAsync|}();
                stoppingToken.ThrowIfCancellationRequested();
            }

            public Task WarmUpAsync() => PauseAsync();

            private static Task PauseAsync() => Task.Delay(500);
        }
        """, """
        partial class Mirror
        {
            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await PauseAsync(stoppingToken);
                stoppingToken.ThrowIfCancellationRequested();
            }

            public Task WarmUpAsync() => PauseAsync();

            private static Task PauseAsync(CancellationToken cancellationToken = default) => Task.Delay(500, cancellationToken);
        }
        """);

    [Fact]
    public Task No_fix_is_offered_when_the_API_is_deeper_than_the_helper() => Verify.VerifyNoFixAsync("""
        partial class Mirror
        {
            [Supervised]
            private async Task MirrorAsync(CancellationToken stoppingToken)
            {
                await {|SUP110:OuterAsync|}();
                stoppingToken.ThrowIfCancellationRequested();
            }

            private static Task OuterAsync() => InnerAsync();

            private static Task InnerAsync() => Task.Delay(500);
        }
        """);
}
