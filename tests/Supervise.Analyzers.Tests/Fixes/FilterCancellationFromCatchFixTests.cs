using Verify = Supervise.Analyzers.Tests.Support.CodeFixVerifier<Supervise.Analyzers.Workers.CatchSwallowsCancellationRule, Supervise.CodeFixes.FilterCancellationFromCatchCodeFix>;

namespace Supervise.Analyzers.Tests.Fixes;

public sealed class FilterCancellationFromCatchFixTests
{
    [Fact]
    public Task A_catch_of_Exception_filters_cancellation_out() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    {|SUP105:catch (Exception ex)|} { Console.WriteLine(ex); }
                }
            }
        }
        """, """
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
    public Task A_catch_without_a_variable_gets_one() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    {|SUP105:catch (Exception)|} { }
                }
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    catch (Exception ex) when (ex is not OperationCanceledException) { }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_all_becomes_a_filtered_catch_of_Exception() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    {|SUP105:catch|} { }
                }
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    catch (Exception ex) when (ex is not OperationCanceledException) { }
                }
            }
        }
        """);

    [Fact]
    public Task A_catch_of_OperationCanceledException_lets_the_stop_through() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    {|SUP105:catch (OperationCanceledException)|} { Console.WriteLine("timeout"); }
                }
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { Console.WriteLine("timeout"); }
                }
            }
        }
        """);

    [Fact]
    public Task An_existing_filter_is_kept_after_the_cancellation_test() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            private static bool IsTransient(Exception ex) => ex is TimeoutException;

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    {|SUP105:catch (Exception ex)|} when (IsTransient(ex)) { Console.WriteLine(ex); }
                }
            }
        }
        """, """
        partial class Pump
        {
            private static bool IsTransient(Exception ex) => ex is TimeoutException;

            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    catch (Exception ex) when (ex is not OperationCanceledException && IsTransient(ex)) { Console.WriteLine(ex); }
                }
            }
        }
        """);

    [Fact]
    public Task Fix_all_filters_every_catch() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(1000, stoppingToken); }
                    {|SUP105:catch (Exception ex)|} { Console.WriteLine(ex); }
                }
            }

            [Supervised]
            private async Task DrainAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(2000, stoppingToken); }
                    {|SUP105:catch (Exception error)|} { Console.WriteLine(error); }
                }
            }
        }
        """, """
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

            [Supervised]
            private async Task DrainAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try { await Task.Delay(2000, stoppingToken); }
                    catch (Exception error) when (error is not OperationCanceledException) { Console.WriteLine(error); }
                }
            }
        }
        """);
}
