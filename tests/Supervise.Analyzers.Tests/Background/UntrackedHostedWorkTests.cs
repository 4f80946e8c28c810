using Verify = Supervise.Analyzers.Tests.Support.StandaloneAnalyzerVerifier<Supervise.Analyzers.Background.UntrackedHostedWorkAnalyzer>;

namespace Supervise.Analyzers.Tests.Background;

public sealed class UntrackedHostedWorkTests
{
    [Fact]
    public Task A_discarded_Task_Run_in_StartAsync_is_reported() => Verify.VerifyAsync("""
        sealed class Poller : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken)
            {
                _ = Task.{|#0:Run|}(async () =>
                {
                    while (true)
                    {
                        await Task.Delay(1000);
                    }
                });
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """, Verify.Diagnostic("SUP108").WithLocation(0).WithArguments("StartAsync", "Task.Run", "discards its task"));

    [Fact]
    public Task StartNew_as_a_statement_is_reported() => Verify.VerifyAsync("""
        sealed class Poller : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken)
            {
                Task.Factory.{|#0:StartNew|}(() => Loop(), TaskCreationOptions.LongRunning);
                return Task.CompletedTask;
            }

            private static void Loop() { }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """, Verify.Diagnostic("SUP108").WithLocation(0).WithArguments("StartAsync", "TaskFactory.StartNew", "discards its task"));

    [Fact]
    public Task A_discarded_async_call_is_reported_naming_it() => Verify.VerifyAsync("""
        sealed class Consumer : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken)
            {
                _ = {|#0:ConsumeAsync|}();
                return Task.CompletedTask;
            }

            private async Task ConsumeAsync()
            {
                while (true)
                {
                    await Task.Delay(100);
                }
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """, Verify.Diagnostic("SUP108").WithLocation(0).WithArguments("StartAsync", "Consumer.ConsumeAsync", "discards its task"));

    [Fact]
    public Task A_task_kept_in_a_field_that_StopAsync_never_mentions_is_reported() => Verify.VerifyAsync("""
        sealed class Poller : IHostedService
        {
            private readonly CancellationTokenSource _stop = new();
            private Task? _loop;

            public Task StartAsync(CancellationToken cancellationToken)
            {
                _loop = Task.{|#0:Run|}(() => PollAsync(_stop.Token));
                return Task.CompletedTask;
            }

            private static Task PollAsync(CancellationToken token) => Task.Delay(Timeout.Infinite, token);

            public Task StopAsync(CancellationToken cancellationToken)
            {
                _stop.Cancel();
                return Task.CompletedTask;
            }
        }
        """, Verify.Diagnostic("SUP108").WithLocation(0).WithArguments("StartAsync", "Task.Run", "keeps its task in '_loop', which StopAsync never awaits"));

    [Fact]
    public Task A_task_that_StopAsync_awaits_is_clean() => Verify.VerifyAsync("""
        sealed class Poller : IHostedService
        {
            private readonly CancellationTokenSource _stop = new();
            private Task? _loop;

            public Task StartAsync(CancellationToken cancellationToken)
            {
                _loop = Task.Run(() => PollAsync(_stop.Token));
                return Task.CompletedTask;
            }

            private static Task PollAsync(CancellationToken token) => Task.Delay(Timeout.Infinite, token);

            public async Task StopAsync(CancellationToken cancellationToken)
            {
                _stop.Cancel();
                if (_loop is not null)
                {
                    await Task.WhenAny(_loop, Task.Delay(Timeout.Infinite, cancellationToken));
                }
            }
        }
        """);

    [Fact]
    public Task An_explicit_implementation_is_checked_too() => Verify.VerifyAsync("""
        sealed class Poller : IHostedService
        {
            Task IHostedService.StartAsync(CancellationToken cancellationToken)
            {
                Task.{|#0:Run|}(() => Console.WriteLine("loop"));
                return Task.CompletedTask;
            }

            Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """, Verify.Diagnostic("SUP108").WithLocation(0).WithArguments("StartAsync", "Task.Run", "discards its task"));

    [Fact]
    public Task Lifecycle_starts_are_checked() => Verify.VerifyAsync("""
        sealed class Poller : IHostedLifecycleService
        {
            public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            public Task StartedAsync(CancellationToken cancellationToken)
            {
                _ = Task.{|SUP108:Run|}(() => Console.WriteLine("loop"));
                return Task.CompletedTask;
            }

            public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task Work_awaited_or_returned_in_StartAsync_is_clean() => Verify.VerifyAsync("""
        sealed class Warmup : IHostedService
        {
            public async Task StartAsync(CancellationToken cancellationToken)
            {
                await Task.Run(() => Console.WriteLine("warm"), cancellationToken);
                await LoadAsync(cancellationToken).ConfigureAwait(false);
                var pending = LoadAsync(cancellationToken);
                await pending;
            }

            private static Task LoadAsync(CancellationToken token) => Task.Delay(1, token);

            public Task StopAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);
        }
        """);

    [Fact]
    public Task What_the_launched_delegate_does_is_not_the_start_s_own() => Verify.VerifyAsync("""
        sealed class Poller : IHostedService
        {
            private Task? _loop;

            public Task StartAsync(CancellationToken cancellationToken)
            {
                _loop = Task.Run(() =>
                {
                    _ = Task.Delay(1);
                });
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => _loop ?? Task.CompletedTask;
        }
        """);

    [Fact]
    public Task A_class_that_is_no_hosted_service_is_clean() => Verify.VerifyAsync("""
        sealed class Poller
        {
            public Task StartAsync(CancellationToken cancellationToken)
            {
                _ = Task.Run(() => Console.WriteLine("loop"));
                return Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task A_discarded_call_of_an_unresolved_async_method_is_reported() => Verify.VerifyAsync("""
        sealed class ProcessorHost : IHostedService
        {
            private readonly {|CS0246:ServiceBusProcessor|} _processor = null!;

            public Task StartAsync(CancellationToken cancellationToken)
            {
                _processor.{|#0:StartProcessingAsync|}();
                _processor.Configure();
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """, Verify.Diagnostic("SUP108").WithLocation(0).WithArguments("StartAsync", "StartProcessingAsync", "discards its task"));

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyAsync("""
        sealed class Poller : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken)
            {
                _ = Task.Run(() => {|CS0103:Missing|}());
                {|CS0103:_loop|} = Task.Run(() => { });
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """);
}
