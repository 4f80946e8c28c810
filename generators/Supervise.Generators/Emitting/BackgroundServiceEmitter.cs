using Supervise.Generators.Model;

namespace Supervise.Generators.Emitting;

/// <summary>
/// Writes what makes a <c>BackgroundService</c> with a supervised <c>ExecuteAsync</c> run it through its
/// supervisor when the host starts it (<c>AddHostedService&lt;T&gt;()</c>, unchanged): <c>StartAsync</c>
/// runs the supervisor, <c>StopAsync</c> stops it, and <c>ExecuteTask</c> is the supervision, so the host
/// sees a give-up as the service's failure.
/// </summary>
internal static class BackgroundServiceEmitter
{
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string Token = "global::System.Threading.CancellationToken";

    public static void Emit(CodeWriter writer, WorkerModel worker, bool annotatesNullability)
    {
        var nullable = annotatesNullability ? "?" : string.Empty;
        var stop = $"__{worker.Names.BaseName}Stop";
        var run = $"__{worker.Names.BaseName}Run";
        writer.Line(SupervisorEmitter.GeneratedCodeAttribute);
        writer.Line($"private global::System.Threading.CancellationTokenSource{nullable} {stop};");
        writer.Line(SupervisorEmitter.GeneratedCodeAttribute);
        writer.Line($"private {Task}{nullable} {run};");
        writer.Line();
        writer.Line($"/// <summary>The supervision of <c>{worker.MethodName}</c> (see <see cref=\"{worker.Names.Property}\"/>) while the host runs this service.</summary>");
        writer.Line(SupervisorEmitter.GeneratedCodeAttribute);
        writer.Line($"public override {Task}{nullable} ExecuteTask => {run};");
        writer.Line();
        writer.Line($"/// <summary>Starts supervising <c>{worker.MethodName}</c> by its <c>[Supervised]</c> policy; it runs in the background.</summary>");
        writer.Line("/// <param name=\"cancellationToken\">Unused: starting returns at once.</param>");
        writer.Line("/// <returns>A completed task, or the supervision if it ended at once.</returns>");
        writer.Line(SupervisorEmitter.GeneratedCodeAttribute);
        writer.Open($"public override {Task} StartAsync({Token} cancellationToken)");
        writer.Line($"var stop = {stop} = new global::System.Threading.CancellationTokenSource();");
        writer.Line($"var supervision = {run} = {worker.Names.Property}.RunAsync(stop.Token);");
        writer.Line($"return supervision.IsCompleted ? supervision : {Task}.CompletedTask;");
        writer.Close();
        writer.Line();
        writer.Line($"/// <summary>Stops supervising <c>{worker.MethodName}</c>: its token is cancelled, and the supervisor waits up to its shutdown timeout.</summary>");
        writer.Line("/// <param name=\"cancellationToken\">Cancelled when the host stops waiting.</param>");
        writer.Line("/// <returns>A task that completes when supervision has ended, or the host stopped waiting.</returns>");
        writer.Line(SupervisorEmitter.GeneratedCodeAttribute);
        writer.Open($"public override async {Task} StopAsync({Token} cancellationToken)");
        writer.Line($"var supervision = {run};");
        writer.Line($"var stop = {stop};");
        writer.Open("if (supervision is null || stop is null)");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        writer.Line("stop.Cancel();");
        writer.Line($"await {Task}.WhenAny(supervision, {Task}.Delay(global::System.Threading.Timeout.Infinite, cancellationToken)).ConfigureAwait(false);");
        writer.Close();
    }
}
