using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.StopTokenNeverReadRule>;

namespace Supervise.Analyzers.Tests.Workers;

public sealed class StopTokenNeverReadTests
{
    [Fact]
    public Task A_worker_that_never_reads_its_token_is_reported_on_the_parameter() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken {|#0:stoppingToken|})
            {
                await Task.Yield();
            }
        }
        """, Verify.Diagnostic("SUP101").WithLocation(0).WithArguments("PumpAsync", "stoppingToken"));

    [Fact]
    public Task A_context_used_only_for_heartbeats_is_reported_as_context_StoppingToken() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised(HeartbeatTimeoutMs = 1000)]
            private void Poll(SupervisionContext {|#0:context|})
            {
                context.Heartbeat();
            }
        }
        """, Verify.Diagnostic("SUP101").WithLocation(0).WithArguments("Poll", "context.StoppingToken"));

    [Fact]
    public Task Discarding_the_token_does_not_count_as_reading_it() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken {|SUP101:stoppingToken|})
            {
                _ = stoppingToken;
            }
        }
        """);

    [Fact]
    public Task Naming_the_token_with_nameof_does_not_count_as_reading_it() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken {|SUP101:stoppingToken|})
            {
                Console.WriteLine(nameof(stoppingToken));
            }
        }
        """);

    [Fact]
    public Task A_background_service_that_never_reads_its_token_is_reported() => Verify.VerifyAsync("""
        sealed class Pump : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken {|SUP101:stoppingToken|}) => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task Checking_IsCancellationRequested_is_reading() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested) { }
            }
        }
        """);

    [Fact]
    public Task Storing_the_token_in_a_field_is_reading() => Verify.VerifyAsync("""
        partial class Pump
        {
            private CancellationToken _token;

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                _token = stoppingToken;
                await LoopAsync();
            }

            private async Task LoopAsync()
            {
                while (!_token.IsCancellationRequested) await Task.Delay(10, _token);
            }
        }
        """);

    [Fact]
    public Task Linking_the_token_into_a_new_source_is_reading() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.Delay(10, linked.Token);
            }
        }
        """);

    [Fact]
    public Task Reading_StoppingToken_from_the_context_is_reading() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(SupervisionContext context) => Task.Delay(10, context.StoppingToken);
        }
        """);

    [Fact]
    public Task Handing_the_context_on_is_reading() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(SupervisionContext context) => StepAsync(context);

            private static Task StepAsync(SupervisionContext context) => Task.Delay(10, context.StoppingToken);
        }
        """);

    [Fact]
    public Task Capturing_the_token_in_a_lambda_is_reading() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Run(() => Task.Delay(10, stoppingToken));
        }
        """);

    [Fact]
    public Task A_background_service_is_not_checked_when_editorconfig_turns_them_off() => Verify.VerifyAsync("""
        sealed class Pump : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
        }
        """, "supervise.analyze_background_services = false");
}
