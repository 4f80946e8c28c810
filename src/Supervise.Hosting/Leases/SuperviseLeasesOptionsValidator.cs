using System;
using Microsoft.Extensions.Options;

namespace Supervise.Hosting;

/// <summary>Rejects <see cref="SuperviseLeasesOptions"/> that cannot mean what they say, with a message naming the setting.</summary>
internal sealed class SuperviseLeasesOptionsValidator : IValidateOptions<SuperviseLeasesOptions>
{
    internal static readonly TimeSpan MinimumRetryInterval = TimeSpan.FromMilliseconds(10);

    public ValidateOptionsResult Validate(string? name, SuperviseLeasesOptions options)
    {
        if (options.RetryInterval < MinimumRetryInterval)
        {
            return ValidateOptionsResult.Fail($"RetryInterval is {options.RetryInterval}; it must be at least {MinimumRetryInterval.TotalMilliseconds:0} ms, such as {SuperviseLeasesOptions.DefaultRetryInterval.TotalMilliseconds:0} ms, or replicas would hammer the lease store.");
        }

        return ValidateOptionsResult.Success;
    }
}
