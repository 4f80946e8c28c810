using Supervise.CodeFixes;
using Verify = Supervise.Analyzers.Tests.Support.CodeFixVerifier<Supervise.Analyzers.Workers.LoopIgnoresCancellationRule, Supervise.CodeFixes.ObserveCancellationInLoopCodeFix>;

namespace Supervise.Analyzers.Tests.Fixes;

public sealed class ObserveCancellationInLoopFixTests
{
    [Fact]
    public Task A_while_true_loop_loops_on_the_token() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                {|SUP103:while|} (true)
                {
                    Console.WriteLine("tick");
                }
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    Console.WriteLine("tick");
                }
            }
        }
        """, ObserveCancellationInLoopCodeFix.LoopConditionKey);

    [Fact]
    public Task A_flag_loop_also_checks_the_context_token() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            private bool _stopped;

            [Supervised]
            private void Poll(SupervisionContext context)
            {
                {|SUP103:while|} (!_stopped)
                {
                    context.Heartbeat();
                }
            }
        }
        """, """
        partial class Pump
        {
            private bool _stopped;

            [Supervised]
            private void Poll(SupervisionContext context)
            {
                while (!_stopped && !context.StoppingToken.IsCancellationRequested)
                {
                    context.Heartbeat();
                }
            }
        }
        """, ObserveCancellationInLoopCodeFix.LoopConditionKey);

    [Fact]
    public Task A_for_loop_without_a_condition_gets_one() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                {|SUP103:for|} (;;)
                {
                    Console.WriteLine("tick");
                }
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                for (; !stoppingToken.IsCancellationRequested;)
                {
                    Console.WriteLine("tick");
                }
            }
        }
        """, ObserveCancellationInLoopCodeFix.LoopConditionKey);

    [Fact]
    public Task ThrowIfCancellationRequested_opens_the_loop_body() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                {|SUP103:while|} (true)
                {
                    Console.WriteLine("tick");
                }
            }
        }
        """, """
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
        """, ObserveCancellationInLoopCodeFix.ThrowIfCancelledKey);

    [Fact]
    public Task Fix_all_changes_every_loop() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                {|SUP103:while|} (true)
                {
                    Console.WriteLine("tick");
                }
            }

            [Supervised]
            private void Drain(CancellationToken stoppingToken)
            {
                {|SUP103:do|}
                {
                    Console.WriteLine("tock");
                }
                while (true);
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private void Poll(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    Console.WriteLine("tick");
                }
            }

            [Supervised]
            private void Drain(CancellationToken stoppingToken)
            {
                do
                {
                    Console.WriteLine("tock");
                }
                while (!stoppingToken.IsCancellationRequested);
            }
        }
        """, ObserveCancellationInLoopCodeFix.LoopConditionKey);
}
