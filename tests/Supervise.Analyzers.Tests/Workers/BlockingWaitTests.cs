using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.BlockingWaitRule>;

namespace Supervise.Analyzers.Tests.Workers;

public sealed class BlockingWaitTests
{
    [Fact]
    public Task Thread_Sleep_is_reported_naming_the_call() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                Thread.{|#0:Sleep|}(1000);
                await Task.Delay(1, stoppingToken);
            }
        }
        """, Verify.Diagnostic("SUP104").WithLocation(0).WithArguments("Thread.Sleep", "a stop cannot interrupt it"));

    [Fact]
    public Task Task_Wait_without_a_token_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                Task.Run(() => Console.WriteLine("tick"), stoppingToken).{|SUP104:Wait|}();
            }
        }
        """);

    [Fact]
    public Task Task_Result_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                var length = Task.Run(() => 42, stoppingToken).{|#0:Result|};
            }
        }
        """, Verify.Diagnostic("SUP104").WithLocation(0).WithArguments("Task.Result", "a stop cannot interrupt it"));

    [Fact]
    public Task GetAwaiter_GetResult_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                Task.Delay(10, stoppingToken).GetAwaiter().{|SUP104:GetResult|}();
            }
        }
        """);

    [Fact]
    public Task WaitOne_on_an_event_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private readonly ManualResetEvent _signal = new(false);

            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                _signal.{|SUP104:WaitOne|}();
                stoppingToken.ThrowIfCancellationRequested();
            }
        }
        """);

    [Fact]
    public Task Awaiting_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await Task.Delay(1000, stoppingToken);
            }
        }
        """);

    [Fact]
    public Task Task_Wait_with_the_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                Task.Run(() => Console.WriteLine("tick")).Wait(stoppingToken);
            }
        }
        """);

    [Fact]
    public Task Waiting_on_the_token_handle_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                stoppingToken.WaitHandle.WaitOne(1000);
            }
        }
        """);

    [Fact]
    public Task Result_after_the_task_was_awaited_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                var first = Task.Run(() => 1, stoppingToken);
                var second = Task.Run(() => 2, stoppingToken);
                await Task.WhenAll(first, second);
                Console.WriteLine(first.Result + second.Result);
            }
        }
        """);

    [Fact]
    public Task SemaphoreSlim_Wait_with_the_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private readonly SemaphoreSlim _gate = new(1);

            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                _gate.Wait(stoppingToken);
                _gate.Release();
            }
        }
        """);

    [Fact]
    public Task An_infinite_sleep_is_left_to_SUP106() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                stoppingToken.ThrowIfCancellationRequested();
                Thread.Sleep(Timeout.Infinite);
            }
        }
        """);

    [Fact]
    public Task Waiting_on_the_token_handle_in_async_code_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await Task.Yield();
                stoppingToken.WaitHandle.{|#0:WaitOne|}(TimeSpan.FromSeconds(5));
            }
        }
        """, Verify.Diagnostic("SUP104").WithLocation(0).WithArguments("CancellationToken.WaitHandle.WaitOne", "in async code it holds a thread-pool thread until the stop; await instead"));

    [Fact]
    public Task Task_Wait_with_the_token_in_an_async_lambda_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Run(async () =>
            {
                Task.Delay(100, stoppingToken).{|#0:Wait|}(stoppingToken);
                await Task.Yield();
            }, stoppingToken);
        }
        """, Verify.Diagnostic("SUP104").WithLocation(0).WithArguments("Task.Wait", "in async code it holds a thread-pool thread until the stop; await instead"));

    [Fact]
    public Task SemaphoreSlim_Wait_with_the_token_in_async_code_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private readonly SemaphoreSlim _gate = new(1);

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                _gate.{|SUP104:Wait|}(stoppingToken);
                try
                {
                    await Task.Delay(10, stoppingToken);
                }
                finally
                {
                    _gate.Release();
                }
            }
        }
        """);

    [Fact]
    public Task Waiting_on_the_token_in_a_synchronous_lambda_of_an_async_worker_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                await Task.Run(() => stoppingToken.WaitHandle.WaitOne(1000), stoppingToken);
            }
        }
        """);
}
