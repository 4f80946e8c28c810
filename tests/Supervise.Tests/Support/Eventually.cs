namespace Supervise.Tests.Support;

/// <summary>Waits for something another thread does at once (no time passes on the fake clock meanwhile); wrap it in <see cref="Guard.Within(Task)"/>.</summary>
internal static class Eventually
{
    public static async Task Until(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Yield();
        }
    }
}
