using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Configuration;

namespace Supervise.Hosting;

/// <summary>
/// Reads one worker's section of configuration (<c>Supervise:Workers:&lt;worker name&gt;</c>) over the
/// settings its attribute compiled in: a pure function of the two, so start and reload decide alike.
/// </summary>
internal static class WorkerSettingsFromConfiguration
{
    /// <summary>The options configuration can change: those the generated loop reads from its settings at run time.</summary>
    public static readonly IReadOnlyList<string> Overridable = new[]
    {
        nameof(SupervisorSettings.RestartDelayMs),
        nameof(SupervisorSettings.Policy),
        nameof(SupervisorSettings.MaxDelayMs),
        nameof(SupervisorSettings.ShutdownTimeoutMs),
        nameof(SupervisorSettings.Jitter),
        nameof(SupervisorSettings.ResetAfterMs),
        nameof(SupervisorSettings.MaxRestarts),
        nameof(SupervisorSettings.RestartWindowMs),
        nameof(SupervisorSettings.CircuitBreakerThreshold),
        nameof(SupervisorSettings.CircuitBreakerDurationMs),
        nameof(SupervisorSettings.HeartbeatTimeoutMs),
    };

    /// <summary>The options that say what the worker is: the generated loop is written for them, so only the code can change them.</summary>
    public static readonly IReadOnlyList<string> Fixed = new[]
    {
        nameof(SupervisedAttribute.Restart),
        nameof(SupervisedAttribute.StopOn),
        nameof(SupervisedAttribute.RestartOn),
        nameof(SupervisedAttribute.Singleton),
        nameof(SupervisedAttribute.Significant),
        nameof(SupervisedAttribute.Name),
    };

    /// <summary>
    /// The settings <paramref name="section"/> asks for, starting from <paramref name="compiled"/>; a key
    /// left out keeps the attribute's value. Null when the section breaks a rule, with one problem per
    /// broken rule in <paramref name="problems"/>, each naming the configuration key, its value and the rule.
    /// </summary>
    public static SupervisorSettings? Read(SupervisorSettings compiled, IConfigurationSection section, List<string> problems)
    {
        var settings = new SupervisorSettings(compiled);
        var values = new Dictionary<string, IConfigurationSection>(StringComparer.OrdinalIgnoreCase);
        var before = problems.Count;
        foreach (var entry in section.GetChildren())
        {
            if (entry.Value is null && !entry.GetChildren().Any())
            {
                // A key without a value is as good as absent (a provider that removed it may keep the key).
                continue;
            }

            if (Fixed.Contains(entry.Key, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"Configuration key '{entry.Path}' cannot be set: {entry.Key} says what the worker is and the generated loop is written for it, so only the [Supervised] attribute can change it.");
            }
            else if (!Overridable.Contains(entry.Key, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"Configuration key '{entry.Path}' is not a [Supervised] option; the options configuration can set are {string.Join(", ", Overridable)}.");
            }
            else if (entry.Value is null)
            {
                problems.Add($"Configuration key '{entry.Path}' is a section, not a value; give it a value, or leave it out to keep the attribute's value.");
            }
            else if (Set(settings, entry.Key, entry.Value) is { } expected)
            {
                problems.Add($"Configuration key '{entry.Path}' has the value '{entry.Value}', which is not {expected}.");
            }
            else
            {
                values[entry.Key] = entry;
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        foreach (var rule in settings.Validate())
        {
            problems.Add(Explain(rule, section, values));
        }

        return problems.Count > before ? null : settings;
    }

    /// <summary>Whether two settings run a worker alike, in every option configuration can change.</summary>
    public static bool SameOverridableValues(SupervisorSettings left, SupervisorSettings right) =>
        left.RestartDelayMs == right.RestartDelayMs
        && left.Policy == right.Policy
        && left.MaxDelayMs == right.MaxDelayMs
        && left.ShutdownTimeoutMs == right.ShutdownTimeoutMs
        && left.Jitter == right.Jitter
        && left.ResetAfterMs == right.ResetAfterMs
        && left.MaxRestarts == right.MaxRestarts
        && left.RestartWindowMs == right.RestartWindowMs
        && left.CircuitBreakerThreshold == right.CircuitBreakerThreshold
        && left.CircuitBreakerDurationMs == right.CircuitBreakerDurationMs
        && left.HeartbeatTimeoutMs == right.HeartbeatTimeoutMs;

    /// <summary>Sets one option from its text; returns what the text should have been when it cannot be read.</summary>
    private static string? Set(SupervisorSettings settings, string option, string text)
    {
        switch (option.ToUpperInvariant())
        {
            case "POLICY":
                if (!TryParseName(text, out RestartPolicy policy))
                {
                    return "a RestartPolicy (Immediate, Fixed or Backoff)";
                }

                settings.Policy = policy;
                return null;
            case "JITTER":
                if (!bool.TryParse(text, out var jitter))
                {
                    return "true or false";
                }

                settings.Jitter = jitter;
                return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return "a whole number";
        }

        switch (option.ToUpperInvariant())
        {
            case "RESTARTDELAYMS": settings.RestartDelayMs = number; break;
            case "MAXDELAYMS": settings.MaxDelayMs = number; break;
            case "SHUTDOWNTIMEOUTMS": settings.ShutdownTimeoutMs = number; break;
            case "RESETAFTERMS": settings.ResetAfterMs = number; break;
            case "MAXRESTARTS": settings.MaxRestarts = number; break;
            case "RESTARTWINDOWMS": settings.RestartWindowMs = number; break;
            case "CIRCUITBREAKERTHRESHOLD": settings.CircuitBreakerThreshold = number; break;
            case "CIRCUITBREAKERDURATIONMS": settings.CircuitBreakerDurationMs = number; break;
            case "HEARTBEATTIMEOUTMS": settings.HeartbeatTimeoutMs = number; break;
        }

        return null;
    }

    // Names only: a number would pass Enum.TryParse whatever it is, and a name says what is meant.
    private static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct
    {
        var trimmed = text.Trim();
        value = default;
        return trimmed.Length > 0 && !char.IsDigit(trimmed[0]) && trimmed[0] != '-'
            && Enum.TryParse(trimmed, ignoreCase: true, out value)
            && Enum.IsDefined(typeof(TEnum), value);
    }

    /// <summary>A broken rule, told with the configuration keys it is about (the first option it names that configuration set).</summary>
    private static string Explain(string rule, IConfigurationSection section, Dictionary<string, IConfigurationSection> values)
    {
        var keys = new List<string>();
        foreach (var option in Overridable)
        {
            if (values.TryGetValue(option, out var entry) && NamesOption(rule, option))
            {
                keys.Add($"'{entry.Path}' = '{entry.Value}'");
            }
        }

        return keys.Count == 0
            ? $"The configuration under '{section.Path}' breaks a rule of its [Supervised] attribute (SUP003): {rule}."
            : $"Configuration key {string.Join(" with ", keys)} breaks a rule of [Supervised] (SUP003): {rule}.";
    }

    // "RestartDelayMs" must not match inside "MaxDelayMs"-like names: an option counts only as a whole word.
    private static bool NamesOption(string rule, string option)
    {
        for (var at = rule.IndexOf(option, StringComparison.Ordinal); at >= 0; at = rule.IndexOf(option, at + 1, StringComparison.Ordinal))
        {
            var end = at + option.Length;
            if ((at == 0 || !char.IsLetter(rule[at - 1])) && (end == rule.Length || !char.IsLetter(rule[end])))
            {
                return true;
            }
        }

        return false;
    }
}
