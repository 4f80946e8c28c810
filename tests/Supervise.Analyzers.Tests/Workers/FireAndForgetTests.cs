using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.FireAndForgetRule>;

namespace Supervise.Analyzers.Tests.Workers;

public sealed class FireAndForgetTests
{
    [Fact]
    public Task A_discarded_Task_Run_is_reported_naming_the_call() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                _ = Task.{|#0:Run|}(() => Console.WriteLine("side work"));
                await Task.Delay(1000, stoppingToken);
            }
        }
        """, Verify.Diagnostic("SUP107").WithLocation(0).WithArguments("Task.Run"));

    [Fact]
    public Task An_async_call_used_as_a_statement_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken)
            {
                {|SUP107:SendAsync|}(stoppingToken);
                return Task.CompletedTask;
            }

            private Task SendAsync(CancellationToken token) => Task.Delay(10, token);
        }
        """);

    [Fact]
    public Task A_task_kept_in_a_local_that_is_never_read_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                var background = Task.{|SUP107:Run|}(() => Console.WriteLine("side work"), stoppingToken);
                await Task.Delay(1000, stoppingToken);
            }
        }
        """);

    [Fact]
    public Task An_async_lambda_passed_as_an_Action_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken)
            {
                new List<int> { 1, 2 }.ForEach({|SUP107:async|} item => await Task.Delay(item, stoppingToken));
                return Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task A_call_of_an_async_void_method_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                {|SUP107:Notify|}(stoppingToken);
            }

            private async void Notify(CancellationToken token) => await Task.Delay(10, token);
        }
        """);

    [Fact]
    public Task An_awaited_Task_Run_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await Task.Run(() => Console.WriteLine("work"), stoppingToken);
            }
        }
        """);

    [Fact]
    public Task A_Task_Run_awaited_later_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                var background = Task.Run(() => Console.WriteLine("side work"), stoppingToken);
                await Task.Delay(1000, stoppingToken);
                await background;
            }
        }
        """);

    [Fact]
    public Task Tasks_collected_and_awaited_together_are_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                var tasks = new List<Task>();
                for (var i = 0; i < 3; i++)
                {
                    tasks.Add(Task.Delay(i, stoppingToken));
                }

                await Task.WhenAll(tasks);
            }
        }
        """);

    [Fact]
    public Task A_returned_task_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => SendAsync(stoppingToken);

            private Task SendAsync(CancellationToken token) => Task.Delay(10, token);
        }
        """);

    [Fact]
    public Task A_synchronous_call_used_as_a_statement_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                Count(stoppingToken);
            }

            private int Count(CancellationToken token) => token.IsCancellationRequested ? 0 : 1;
        }
        """);

    [Fact]
    public Task An_async_lambda_passed_as_a_Func_of_Task_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) =>
                Task.Run(async () => await Task.Delay(10, stoppingToken), stoppingToken);
        }
        """);

    private const string TimerInAWorker = """
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                using var timer = new Timer({|#0:async|} _ => await Task.Delay(10, stoppingToken), null, 0, 1000);
                await Task.Delay(Timeout.Infinite, stoppingToken);
            }
        }
        """;

    [Fact]
    public Task An_async_timer_callback_is_left_to_SUP109() => Verify.VerifyAsync(TimerInAWorker.Replace("{|#0:async|}", "async", StringComparison.Ordinal));

    [Fact]
    public Task An_async_timer_callback_is_reported_when_SUP109_is_off() => Verify.VerifyAsync(
        TimerInAWorker,
        "dotnet_diagnostic.SUP109.severity = none",
        Verify.Diagnostic("SUP107").WithLocation(0).WithArguments("async lambda"));
}
