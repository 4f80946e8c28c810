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
            private async Task PollAsync(SupervisionContext {|#0:context|})
            {
                context.Heartbeat();
                await Task.Yield();
            }
        }
        """, Verify.Diagnostic("SUP101").WithLocation(0).WithArguments("PollAsync", "context.StoppingToken"));

    [Fact]
    public Task Discarding_the_token_does_not_count_as_reading_it() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PollAsync(CancellationToken {|SUP101:stoppingToken|})
            {
                _ = stoppingToken;
                await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task Naming_the_token_with_nameof_does_not_count_as_reading_it() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PollAsync(CancellationToken {|SUP101:stoppingToken|})
            {
                Console.WriteLine(nameof(stoppingToken));
                await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task A_background_service_that_never_reads_its_token_is_reported() => Verify.VerifyAsync("""
        sealed class Pump : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken {|SUP101:stoppingToken|}) => await Task.Yield();
        }
        """);

    [Fact]
    public Task A_body_that_does_nothing_that_can_take_time_is_not_reported() => Verify.VerifyAsync("""
        sealed class Banner : BackgroundService
        {
            private DateTimeOffset _started;

            protected override Task ExecuteAsync(CancellationToken stoppingToken)
            {
                _started = DateTimeOffset.UtcNow;
                Console.WriteLine("started");
                return Task.CompletedTask;
            }
        }

        partial class Beat
        {
            private DateTimeOffset _last;

            [Supervised]
            private Task BeatAsync(CancellationToken stoppingToken)
            {
                _last = DateTimeOffset.UtcNow;
                return Task.FromResult(0);
            }
        }
        """);

    [Fact]
    public Task A_body_that_starts_work_or_blocks_can_take_time_and_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private readonly Func<Task> _work = () => Task.CompletedTask;

            [Supervised]
            private Task RunAsync(CancellationToken {|SUP101:stoppingToken|}) => _work();

            [Supervised]
            private void Wait(CancellationToken {|SUP101:stoppingToken|}) => Thread.Sleep(100);
        }
        """);

    [Fact]
    public Task A_call_of_an_unresolved_member_of_the_worker_s_own_type_may_read_the_stop() => Verify.VerifyAsync("""
        sealed partial class Renewer : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                await Task.Yield();
                {|CS0103:ThrowIfStopping|}();
            }
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
