using System;

namespace Supervise.Leases;

/// <summary>The rules every <see cref="ILeaseStore"/> applies to a lease name, written once.</summary>
public static class LeaseNames
{
    /// <summary>The longest lease name a store accepts, in UTF-16 characters.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// Throws when <paramref name="name"/> cannot be a lease name: <see langword="null"/>, empty, only white
    /// space, or longer than <see cref="MaxLength"/>. Stores call it before they touch their server.
    /// </summary>
    /// <param name="name">The lease name to check.</param>
    /// <param name="parameterName">The caller's parameter, named in the exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, white space or too long.</exception>
    public static void Validate(string name, string parameterName)
    {
        if (name is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (name.Trim().Length == 0)
        {
            throw new ArgumentException("A lease name must not be empty or only white space; use the same name, such as \"billing-sweeper\", on every replica.", parameterName);
        }

        if (name.Length > MaxLength)
        {
            throw new ArgumentException($"The lease name is {name.Length} characters long; a lease name has at most {MaxLength}.", parameterName);
        }
    }
}
