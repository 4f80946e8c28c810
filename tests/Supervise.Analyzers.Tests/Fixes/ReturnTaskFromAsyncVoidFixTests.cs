using Verify = Supervise.Analyzers.Tests.Support.CodeFixVerifier<Supervise.Analyzers.Workers.WorkerNeverEndsRule, Supervise.CodeFixes.ReturnTaskFromAsyncVoidCodeFix>;

namespace Supervise.Analyzers.Tests.Fixes;

public sealed class ReturnTaskFromAsyncVoidFixTests
{
    [Fact]
    public Task An_async_void_worker_returns_Task() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async void {|SUP106:Run|}(CancellationToken stoppingToken)
            {
                await Task.Delay(10, stoppingToken);
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private async Task Run(CancellationToken stoppingToken)
            {
                await Task.Delay(10, stoppingToken);
            }
        }
        """);

    [Fact]
    public Task Fix_all_changes_every_async_void_worker() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async void {|SUP106:Read|}(CancellationToken stoppingToken) => await Task.Delay(10, stoppingToken);

            [Supervised]
            private static async void {|SUP106:Write|}(CancellationToken stoppingToken) => await Task.Delay(10, stoppingToken);
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private async Task Read(CancellationToken stoppingToken) => await Task.Delay(10, stoppingToken);

            [Supervised]
            private static async Task Write(CancellationToken stoppingToken) => await Task.Delay(10, stoppingToken);
        }
        """);

    [Fact]
    public Task SUP002_on_an_async_void_worker_offers_the_same_fix() => Supervise.Analyzers.Tests.Support.CodeFixVerifier<Supervise.Analyzers.Usage.UnsupportedWorkerSignatureRule, Supervise.CodeFixes.ReturnTaskFromAsyncVoidCodeFix>.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised]
            private async void {|SUP002:Run|}(CancellationToken stoppingToken)
            {
                await Task.Delay(10, stoppingToken);
            }
        }
        """, """
        partial class Pump
        {
            [Supervised]
            private async Task Run(CancellationToken stoppingToken)
            {
                await Task.Delay(10, stoppingToken);
            }
        }
        """);
}
