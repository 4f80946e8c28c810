using System;
using System.Diagnostics;

namespace Supervise;

/// <summary>A group's metrics and traces (see <see cref="SupervisorTelemetry"/> for the names); a listener that throws loses its record.</summary>
internal static class GroupTelemetry
{
    public static void RecordRestart(string group, SupervisionStrategy strategy, string child)
    {
        if (!SupervisorTelemetry.GroupRestarts.Enabled)
        {
            return;
        }

        try
        {
            var tags = new TagList
            {
                { SupervisorTelemetry.GroupNameTag, group },
                { SupervisorTelemetry.GroupStrategyTag, strategy.ToString() },
                { SupervisorTelemetry.GroupCauseTag, child },
            };
            SupervisorTelemetry.GroupRestarts.Add(1, in tags);
        }
        catch (Exception)
        {
            // An observer: its failure never reaches supervision.
        }
    }

    /// <summary>The span of one group restart, from the decision until every child started again; null without a listener.</summary>
    public static Activity? StartRestart(string group, SupervisionStrategy strategy, string child)
    {
        if (!SupervisorTelemetry.ActivitySource.HasListeners())
        {
            return null;
        }

        try
        {
            var activity = SupervisorTelemetry.ActivitySource.StartActivity(SupervisorTelemetry.GroupRestartActivityName, ActivityKind.Internal);
            activity?.SetTag(SupervisorTelemetry.GroupNameTag, group);
            activity?.SetTag(SupervisorTelemetry.GroupStrategyTag, strategy.ToString());
            activity?.SetTag(SupervisorTelemetry.GroupCauseTag, child);
            return activity;
        }
        catch (Exception)
        {
            return null;
        }
    }
}
