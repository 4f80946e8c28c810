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
                timer.Elapsed += OnElapsed;
                timer.Elapsed += {|#1:async|} (_, _) => await Task.Delay(10);
            }

            public void Stop(System.Timers.Timer timer) => timer.Elapsed -= OnElapsed;

            private async void {|#0:OnElapsed|}(object? sender, System.Timers.ElapsedEventArgs e) => await Task.Delay(10);
        }
        """,
        Verify.Diagnostic("SUP109").WithLocation(0).WithArguments("'OnElapsed'", "events as their handler"),
        Verify.Diagnostic("SUP109").WithLocation(1).WithArguments("This async lambda", "the event 'Elapsed'"));

    [Fact]
    public Task An_async_void_event_handler_is_reported_where_it_is_declared_even_when_its_event_does_not_bind() => Verify.VerifyAsync("""
        sealed class Listener
        {
            public void Listen(object consumer) => ((dynamic)consumer).Received += new EventHandler<EventArgs>(OnMessage);

            private async void {|SUP109:OnMessage|}(object? sender, EventArgs e) => await Task.Delay(10);
        }
        """);

    [Fact]
    public Task An_async_lambda_added_to_an_event_of_an_unresolved_type_is_reported() => Verify.VerifyAsync("""
        sealed class Listener
        {
            public void Listen()
            {
                var consumer = new {|CS0246:EventingBasicConsumer|}();
                consumer.Received += {|#0:async|} (sender, delivery) => await Task.Delay(10);
            }
        }
        """, Verify.Diagnostic("SUP109").WithLocation(0).WithArguments("This async lambda", "the event 'Received'"));

    [Fact]
    public Task An_async_lambda_added_to_an_event_of_an_unresolved_async_consumer_is_clean() => Verify.VerifyAsync("""
        sealed class Listener
        {
            public void Listen()
            {
                var consumer = new {|CS0246:AsyncEventingBasicConsumer|}();
                consumer.Received += async (sender, delivery) => await Task.Delay(10);
            }
        }
        """);

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
    public Task An_async_method_returning_a_task_is_clean() => Verify.VerifyAsync("""
        sealed class Poller
        {
            public void Start(Func<object?, EventArgs, Task> subscribe) => subscribe(null, EventArgs.Empty);

            private async Task OnElapsedAsync(object? sender, EventArgs e) => await Task.Delay(10);
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
