using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Supervise.Leases.Redis;

/// <summary>Rejects <see cref="RedisLeaseStoreOptions"/> that cannot work, with a message naming the setting.</summary>
internal sealed class RedisLeaseStoreOptionsValidator : IValidateOptions<RedisLeaseStoreOptions>
{
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(int.MaxValue);

    public ValidateOptionsResult Validate(string? name, RedisLeaseStoreOptions options)
    {
        var problems = FindProblems(options, needsConfiguration: !options.UsesApplicationConnection);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static List<string> FindProblems(RedisLeaseStoreOptions options, bool needsConfiguration)
    {
        var problems = new List<string>();
        if (needsConfiguration)
        {
            if (options.Configuration is null || options.Configuration.Trim().Length == 0)
            {
                problems.Add("Configuration is not set; give the StackExchange.Redis configuration string of the server, such as \"redis:6379\".");
            }
            else
            {
                try
                {
                    _ = ConfigurationOptions.Parse(options.Configuration);
                }
                catch (ArgumentException exception)
                {
                    problems.Add($"Configuration is not a valid StackExchange.Redis configuration string: {exception.Message}");
                }
            }
        }

        if (options.KeyPrefix is null || options.KeyPrefix.IndexOf('{') >= 0 || options.KeyPrefix.IndexOf('}') >= 0)
        {
            problems.Add($"KeyPrefix is '{options.KeyPrefix}'; use a prefix without braces (the store puts the lease name in braces itself), such as '{RedisLeaseStoreOptions.DefaultKeyPrefix}'.");
        }

        if (options.Expiry < RedisLeaseStoreOptions.MinimumExpiry || options.Expiry > Longest)
        {
            problems.Add($"Expiry is {options.Expiry}; it must be at least {RedisLeaseStoreOptions.MinimumExpiry.TotalMilliseconds:0} ms and at most {Longest}, such as {RedisLeaseStoreOptions.DefaultExpiry}.");
        }
        else if (options.ExtensionCadence is { } cadence && (cadence <= TimeSpan.Zero || cadence >= MinimumValidity(options.Expiry)))
        {
            problems.Add($"ExtensionCadence is {cadence}; it must be positive and shorter than 90% of Expiry ({MinimumValidity(options.Expiry)}), or null for a third of that.");
        }

        if (options.AcquireTimeout < TimeSpan.Zero || options.AcquireTimeout > Longest)
        {
            problems.Add($"AcquireTimeout is {options.AcquireTimeout}; use zero to try once, or a positive wait of at most {Longest}.");
        }

        if (options.Database < -1)
        {
            problems.Add($"Database is {options.Database}; use -1 for the connection's default, or a database number from 0.");
        }

        return problems;
    }

    /// <summary>The time DistributedLock.Redis guarantees a fresh lock still has: 90% of the expiry.</summary>
    public static TimeSpan MinimumValidity(TimeSpan expiry) => TimeSpan.FromTicks((long)(expiry.Ticks * 0.9));
}
