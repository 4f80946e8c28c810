using Verify = Supervise.Analyzers.Tests.Support.StandaloneAnalyzerVerifier<Supervise.Analyzers.Background.AsyncVoidCallbackAnalyzer>;

namespace Supervise.Analyzers.Tests.Background;

public sealed class AsyncVoidCallbackTests
{
    [Fact]
    public Task An_async_lambda_given_to_a_threading_timer_is_reported_on_its_async_keyword() => Verify.VerifyAsync("""
        sealed class Poller : IDisposable
        {
            private readonly Timer _timer;

            public Poller() => _timer = new Timer({|#0:async|} _ => await PollAsync(), null, 0, 1000);

            private static Task PollAsync() => Task.Delay(10);

            public void Dispose() => _timer.Dispose();
        }
        """, Verify.Diagnostic("SUP109").WithLocation(0).WithArguments("This async lambda", "a System.Threading.Timer"));

    [Fact]
    public Task An_async_void_method_given_to_a_threading_timer_is_reported_naming_it() => Verify.VerifyAsync("""
        sealed class Poller
        {
            public Timer Start() => new Timer({|#0:Tick|}, null, 0, 1000);

            private async void Tick(object? state) => await Task.Delay(10);
        }
        """, Verify.Diagnostic("SUP109").WithLocation(0).WithArguments("'Tick'", "a System.Threading.Timer"));

    [Fact]
    public Task An_async_handler_of_Elapsed_is_reported() => Verify.VerifyAsync("""
        sealed class Poller
        {
            public void Start(System.Timers.Timer timer)
            {
                timer.Elapsed += {|#0:OnElapsed|};
                timer.Elapsed += {|#1:async|} (_, _) => await Task.Delay(10);
            }

            private async void OnElapsed(object? sender, System.Timers.ElapsedEventArgs e) => await Task.Delay(10);
        }
        """,
        Verify.Diagnostic("SUP109").WithLocation(0).WithArguments("'OnElapsed'", "the event 'Elapsed'"),
        Verify.Diagnostic("SUP109").WithLocation(1).WithArguments("This async lambda", "the event 'Elapsed'"));

    [Fact]
    public Task An_async_handler_of_any_event_is_reported() => Verify.VerifyAsync("""
        sealed class Consumer
        {
            public event EventHandler<string>? Received;

            public void Listen() => Received += {|SUP109:async|} (_, message) => await Task.Delay(message.Length);
        }
        """);

    [Fact]
    public Task A_synchronous_callback_is_clean() => Verify.VerifyAsync("""
        sealed class Poller
        {
            public Timer Start(System.Timers.Timer other)
            {
                other.Elapsed += OnElapsed;
                return new Timer(_ => Console.WriteLine("tick"), null, 0, 1000);
            }

            private void OnElapsed(object? sender, System.Timers.ElapsedEventArgs e) { }
        }
        """);

    [Fact]
    public Task Removing_a_handler_is_clean() => Verify.VerifyAsync("""
        sealed class Poller
        {
            public void Stop(System.Timers.Timer timer) => timer.Elapsed -= OnElapsed;

            private async void OnElapsed(object? sender, System.Timers.ElapsedEventArgs e) => await Task.Delay(10);
        }
        """);

    [Fact]
    public Task An_async_lambda_returning_a_task_is_clean() => Verify.VerifyAsync("""
        sealed class Poller
        {
            public Task Start() => Task.Run(async () => await Task.Delay(10));
        }
        """);

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyAsync("""
        sealed class Poller
        {
            public void Start() => new Timer(async _ => await {|CS0103:Missing|}(), null, 0, 1000);
        }
        """);
}
