using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Workers.CatchSwallowsCancellationRule>;

namespace Supervise.Analyzers.Tests.Workers;

public sealed class CatchSwallowsCancellationTests
{
    [Fact]
    public Task A_catch_of_Exception_in_a_loop_is_reported_naming_token_and_loop() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try
                    {
                        await Task.Delay(1000, stoppingToken);
                    }
                    {|#0:catch (Exception ex)|}
                    {
                        Console.WriteLine(ex);
                    }
                }
            }
        }
        """, Verify.Diagnostic("SUP105").WithLocation(0).WithArguments("stoppingToken", "while (true)"));

    [Fact]
    public Task A_catch_all_in_a_loop_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                for (;;)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    {|SUP105:catch|} { }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_of_OperationCanceledException_that_carries_on_is_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    {|SUP105:catch (OperationCanceledException)|} { Console.WriteLine("timed out"); }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_that_filters_cancellation_out_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    catch (Exception ex) when (ex is not OperationCanceledException) { Console.WriteLine(ex); }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_filtered_on_the_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    catch (Exception ex) when (!stoppingToken.IsCancellationRequested) { Console.WriteLine(ex); }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_that_rethrows_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    catch (Exception ex)
                    {
                        if (ex is OperationCanceledException) throw;
                        Console.WriteLine(ex);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_that_leaves_the_loop_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    catch (Exception) { break; }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_in_a_loop_that_checks_the_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    catch (Exception ex) { Console.WriteLine(ex); }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_in_a_loop_that_waits_on_the_token_outside_the_try_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { Console.WriteLine("work"); }
                    catch (Exception ex) { Console.WriteLine(ex); }

                    await Task.Delay(1000, stoppingToken);
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_behind_a_rethrowing_cancellation_catch_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { throw; }
                    catch (Exception ex) { Console.WriteLine(ex); }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_of_an_unrelated_exception_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    catch (System.IO.IOException ex) { Console.WriteLine(ex); }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_outside_any_loop_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                try { await Task.Delay(1000, stoppingToken); }
                catch (Exception ex) { Console.WriteLine(ex); }
            }
        }
        """);

    [Fact]
    public Task A_catch_in_a_finite_foreach_inside_a_loop_that_checks_the_token_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            private readonly Func<CancellationToken, Task<string[]>> _receive = _ => Task.FromResult(new string[0]);

            [Supervised]
            private async Task DrainAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    var orders = await _receive(stoppingToken);
                    foreach (var order in orders)
                    {
                        try
                        {
                            Console.WriteLine(int.Parse(order));
                        }
                        catch (Exception ex)
                        {
                            Console.WriteLine(ex);
                        }
                    }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_in_a_finite_foreach_inside_a_loop_that_never_checks_is_reported_against_the_outer_loop() => Verify.VerifyAsync("""
        partial class Pump
        {
            private readonly string[] _orders = new string[0];

            [Supervised]
            private async Task DrainAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    foreach (var order in _orders)
                    {
                        try
                        {
                            stoppingToken.ThrowIfCancellationRequested();
                        }
                        {|#0:catch (Exception ex)|}
                        {
                            Console.WriteLine(ex);
                        }
                    }

                    await Task.Yield();
                }
            }
        }
        """, Verify.Diagnostic("SUP105").WithLocation(0).WithArguments("stoppingToken", "while (true)"));

    [Fact]
    public Task A_foreach_is_named_briefly_in_the_message() => Verify.VerifyAsync("""
        using System.Linq;

        partial class Pump
        {
            private readonly List<string> _orders = new();

            [Supervised]
            private async Task DrainAsync(CancellationToken stoppingToken)
            {
                foreach (var order in _orders.Where(order => order.Length > 0).Select(order => order.Trim()).OrderBy(order => order))
                {
                    try
                    {
                        await Task.Delay(10, stoppingToken);
                    }
                    {|#0:catch (Exception ex)|}
                    {
                        Console.WriteLine(ex);
                    }
                }
            }
        }
        """, Verify.Diagnostic("SUP105").WithLocation(0).WithArguments("stoppingToken", "foreach over _orders.Where(order => order.Length > 0).Select(order => or…"));
}
