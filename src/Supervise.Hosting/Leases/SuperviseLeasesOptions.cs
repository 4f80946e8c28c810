using System;

namespace Supervise.Hosting;

/// <summary>How the host's singleton workers use their lease store, whichever store it is.</summary>
public sealed class SuperviseLeasesOptions
{
    /// <summary>The default <see cref="RetryInterval"/>: half a second.</summary>
    public static readonly TimeSpan DefaultRetryInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long a replica that did not get a lease (another holds it, or the store failed) waits before it
    /// tries again. It bounds how long a released or freed lease stays untaken. Default: 500 ms; at least
    /// 10 ms.
    /// </summary>
    public TimeSpan RetryInterval { get; set; } = DefaultRetryInterval;
}
