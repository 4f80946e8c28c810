using System;

namespace Supervise.Leases;

/// <summary>
/// Thrown by an <see cref="ILeaseStore"/> when the store itself failed (its server is unreachable,
/// refused the credentials, or answered with an error), as opposed to the lease being held elsewhere.
/// The inner exception is the store client's own error.
/// </summary>
public sealed class LeaseStoreException : Exception
{
    /// <summary>Creates the exception for a failed operation on the lease <paramref name="leaseName"/>.</summary>
    /// <param name="leaseName">The lease the operation was for.</param>
    /// <param name="message">What failed, in words a reader of the log can act on.</param>
    /// <param name="innerException">The store client's error, if any.</param>
    public LeaseStoreException(string leaseName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        LeaseName = leaseName;
    }

    /// <summary>The lease the failed operation was for.</summary>
    public string LeaseName { get; }
}
