namespace Supervise.Tests.Support;

/// <summary>
/// One run of a scripted worker. It honours its stop token (ends cancelled when the token is) unless
/// the test calls <see cref="IgnoreStopToken"/>, and otherwise ends when the test completes or fails it.
/// </summary>
public sealed class ScriptedRun
{
    private readonly TaskCompletionSource _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenRegistration _registration;

    public ScriptedRun(int number, CancellationToken stoppingToken)
    {
        Number = number;
        StoppingToken = stoppingToken;
        _registration = stoppingToken.Register(() => _outcome.TrySetCanceled(stoppingToken));
    }

    /// <summary>1 for the first run, 2 for the first restart, and so on.</summary>
    public int Number { get; }

    public CancellationToken StoppingToken { get; }

    public Task Task => _outcome.Task;

    public void Complete() => _outcome.TrySetResult();

    public void Fail(Exception failure) => _outcome.TrySetException(failure);

    /// <summary>Makes this run a worker that does not react to its stop token.</summary>
    public void IgnoreStopToken() => _registration.Dispose();
}
