namespace Supervise.AspNetCore;

/// <summary>How the page from <c>MapSupervisorStatus</c> looks and refreshes; the JSON is the same whatever these say.</summary>
public sealed class SupervisorStatusPageOptions
{
    /// <summary>The shortest <see cref="RefreshInterval"/> accepted, so an open page cannot hammer the app.</summary>
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>The page's title and heading. Default: <c>Supervised workers</c>.</summary>
    public string Title { get; set; } = "Supervised workers";

    /// <summary>
    /// How often an open page fetches fresh data and updates itself in place (without JavaScript, it
    /// reloads at this interval instead). <see cref="TimeSpan.Zero"/> turns refreshing off; otherwise at
    /// least <see cref="MinimumRefreshInterval"/>. Default: 2 seconds.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Fails with a message naming the option if a value cannot be used.</summary>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            throw new ArgumentException("SupervisorStatusPageOptions.Title must not be empty: it is the page's title and heading.");
        }

        if (RefreshInterval != TimeSpan.Zero && RefreshInterval < MinimumRefreshInterval)
        {
            throw new ArgumentOutOfRangeException(
                nameof(RefreshInterval),
                RefreshInterval,
                $"SupervisorStatusPageOptions.RefreshInterval must be TimeSpan.Zero (no refreshing) or at least {MinimumRefreshInterval.TotalMilliseconds} ms.");
        }
    }
}
