namespace Supervise.Tests.Support;

/// <summary>
/// A ceiling on how long a test awaits something that should already be under way, so a bug fails
/// the test instead of hanging it. Never used to let time pass: time is a FakeTimeProvider.
/// </summary>
internal static class Guard
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static Task<T> Within<T>(Task<T> task) => task.WaitAsync(Timeout);

    public static Task Within(Task task) => task.WaitAsync(Timeout);
}
