using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.LoopIgnoresCancellationRule>;

namespace Supervise.Analyzers.Tests.Workers;

/// <summary>Which methods count as workers besides <c>[Supervised]</c> ones, and the <c>.editorconfig</c> switch.</summary>
public sealed class BackgroundServiceTests
{
    private const string SpinningService = """
        sealed class Pump : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                {|SUP103:while|} (true)
                {
                    await Task.Yield();
                }
            }
        }
        """;

    [Fact]
    public Task An_ExecuteAsync_override_is_checked_like_a_supervised_worker() => Verify.VerifyAsync(SpinningService);

    [Fact]
    public Task An_ExecuteAsync_override_is_checked_when_editorconfig_says_true() =>
        Verify.VerifyAsync(SpinningService, "supervise.analyze_background_services = true");

    [Fact]
    public Task An_ExecuteAsync_override_is_not_checked_when_editorconfig_says_false() =>
        Verify.VerifyAsync(SpinningService.Replace("{|SUP103:while|}", "while"), "supervise.analyze_background_services = false");

    [Fact]
    public Task An_ExecuteAsync_override_deeper_in_the_hierarchy_is_checked() => Verify.VerifyAsync("""
        abstract class ServiceBase : BackgroundService { }

        sealed class Pump : ServiceBase
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                {|SUP103:while|} (true) await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task Another_method_of_a_background_service_is_not_checked() => Verify.VerifyAsync("""
        sealed class Pump : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);

            private async Task SpinAsync(CancellationToken stoppingToken)
            {
                while (true) await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task An_ExecuteAsync_method_outside_BackgroundService_is_not_checked() => Verify.VerifyAsync("""
        class Pump
        {
            protected virtual async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (true) await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task A_supervised_worker_is_checked_even_when_background_services_are_off() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                {|SUP103:while|} (true) await Task.Yield();
            }
        }
        """, "supervise.analyze_background_services = false");
}
