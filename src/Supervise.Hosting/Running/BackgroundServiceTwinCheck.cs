using System;
using System.Collections.Generic;
using Microsoft.Extensions.Hosting;

namespace Supervise.Hosting;

/// <summary>
/// Refuses a <c>[Supervised]</c> <see cref="BackgroundService"/> that is registered both with
/// <c>AddHostedService&lt;T&gt;()</c> and <c>AddSupervisedWorkers&lt;T&gt;()</c>: its generated
/// <c>StartAsync</c> supervises <c>ExecuteAsync</c>, and so does the host's supervised workers service,
/// so it would run twice at once (once per instance, or the same supervisor started twice).
/// </summary>
internal static class BackgroundServiceTwinCheck
{
    /// <summary>Throws if one of <paramref name="hostedServices"/> is the worker type of <paramref name="source"/> run as a hosted service of its own.</summary>
    /// <exception cref="InvalidOperationException">The type is registered both ways; the message says which line to remove.</exception>
    public static void Check(SupervisedWorkersSource source, IEnumerable<IHostedService> hostedServices)
    {
        foreach (var hosted in hostedServices)
        {
            if (hosted is BackgroundService && hosted is ISupervisedWorkers && source.WorkerType.IsInstanceOfType(hosted))
            {
                throw new InvalidOperationException(Message(source.WorkerType, hosted.GetType()));
            }
        }
    }

    private static string Message(Type workerType, Type hostedType)
    {
        var worker = workerType.Name;
        var hosted = hostedType.Name;
        return $"{hostedType.FullName} is a [Supervised] BackgroundService registered twice: AddHostedService<{hosted}>() runs it, and its generated " +
            $"StartAsync supervises ExecuteAsync, while AddSupervisedWorkers<{worker}>() supervises ExecuteAsync again, so it would run twice at once. " +
            $"Keep one: remove the line AddHostedService<{hosted}>() to keep give-up escalation (a give-up stops the host with a failure exit code), " +
            $"or remove the line AddSupervisedWorkers<{worker}>() to keep it a plain hosted service, restarted by its [Supervised] policy.";
    }
}
