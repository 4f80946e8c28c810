using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.LoopIgnoresCancellationRule>;

namespace Supervise.Analyzers.Tests.Workers;

public sealed class LoopIgnoresCancellationTests
{
    [Fact]
    public Task A_while_true_loop_that_never_observes_the_token_is_reported_naming_loop_and_token() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                {|#0:while|} (true)
                {
                    await Task.Yield();
                }
            }
        }
        """, Verify.Diagnostic("SUP103").WithLocation(0).WithArguments("while (true)", "stoppingToken"));

    [Fact]
    public Task A_for_loop_without_a_condition_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                {|#0:for|} (;;)
                {
                    Console.WriteLine("tick");
                }
            }
        }
        """, Verify.Diagnostic("SUP103").WithLocation(0).WithArguments("for (;;)", "stoppingToken"));

    [Fact]
    public Task A_do_while_true_loop_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                {|SUP103:do|}
                {
                    Console.WriteLine("tick");
                }
                while (true);
            }
        }
        """);

    [Fact]
    public Task A_loop_on_a_flag_instead_of_the_token_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private volatile bool _stopped;

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                {|#0:while|} (!_stopped)
                {
                    await Task.Yield();
                }
            }

            public void Stop() => _stopped = true;
        }
        """, Verify.Diagnostic("SUP103").WithLocation(0).WithArguments("while (!_stopped)", "stoppingToken"));

    [Fact]
    public Task A_loop_on_the_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await Task.Yield();
                }
            }
        }
        """);

    [Fact]
    public Task A_loop_that_throws_when_cancelled_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                while (true)
                {
                    stoppingToken.ThrowIfCancellationRequested();
                    Console.WriteLine("tick");
                }
            }
        }
        """);

    [Fact]
    public Task A_loop_that_passes_the_token_to_a_call_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    await Task.Delay(1000, stoppingToken);
                }
            }
        }
        """);

    [Fact]
    public Task A_loop_that_exits_by_break_on_a_condition_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private readonly Queue<int> _queue = new();

            [Supervised]
            private void Drain(CancellationToken stoppingToken)
            {
                while (true)
                {
                    if (!_queue.TryDequeue(out var item))
                    {
                        break;
                    }

                    Console.WriteLine(item);
                }
            }
        }
        """);

    [Fact]
    public Task A_loop_that_reads_a_token_kept_in_a_field_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private CancellationToken _token;

            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                _token = stoppingToken;
                while (true)
                {
                    if (_token.IsCancellationRequested) return;
                }
            }
        }
        """);

    [Fact]
    public Task A_loop_that_observes_a_linked_source_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                while (true)
                {
                    await Task.Delay(100, linked.Token);
                }
            }
        }
        """);

    [Fact]
    public Task A_counting_loop_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                for (var i = 0; i < 10; i++)
                {
                    Console.WriteLine(i);
                }

                stoppingToken.ThrowIfCancellationRequested();
            }
        }
        """);

    [Fact]
    public Task A_loop_that_calls_a_local_function_observing_the_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                while (true)
                {
                    Step();
                }

                void Step() => stoppingToken.ThrowIfCancellationRequested();
            }
        }
        """);

    [Fact]
    public Task A_loop_that_returns_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private int _left = 3;

            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                while (true)
                {
                    if (--_left == 0) return;
                }
            }
        }
        """);
}
