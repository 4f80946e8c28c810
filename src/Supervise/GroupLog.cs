using System;
using Microsoft.Extensions.Logging;

namespace Supervise;

/// <summary>
/// A supervision group's log lines, in the group's logger. Event IDs are stable and start at 31, clear
/// of the supervisors' (1 to 22); every line names the group as <c>{Group}</c>.
/// </summary>
internal static partial class GroupLog
{
    [LoggerMessage(EventId = 31, EventName = "GroupRestarting", Level = LogLevel.Warning,
        Message = "Group {Group} restarts {Count} children ({Strategy}) after {Child} exited (group restart {RestartCount}).")]
    public static partial void Restarting(ILogger logger, string group, string child, SupervisionStrategy strategy, int count, int restartCount);

    [LoggerMessage(EventId = 32, EventName = "GroupGaveUp", Level = LogLevel.Error,
        Message = "Group {Group} gave up after {RestartCount} restarts: more than {MaxRestarts} within {RestartWindowMs} ms; every child is stopped.")]
    public static partial void GaveUp(ILogger logger, string group, int restartCount, int maxRestarts, int restartWindowMs);

    [LoggerMessage(EventId = 33, EventName = "GroupChildGaveUp", Level = LogLevel.Error,
        Message = "Group {Group} gives up because its child {Child} gave up; every child is stopped.")]
    public static partial void ChildGaveUp(ILogger logger, string group, string child);

    [LoggerMessage(EventId = 34, EventName = "GroupAutoShutdown", Level = LogLevel.Information,
        Message = "Group {Group} ends by itself: its significant child {Child} is done; the other children are stopped.")]
    public static partial void AutoShutdown(ILogger logger, string group, string child);

    [LoggerMessage(EventId = 35, EventName = "GroupStopped", Level = LogLevel.Information,
        Message = "Group {Group} stopped after {RestartCount} group restarts.")]
    public static partial void Stopped(ILogger logger, string group, int restartCount);

    [LoggerMessage(EventId = 36, EventName = "GroupEventHandlerFailed", Level = LogLevel.Error,
        Message = "A handler of {Event} on group {Group} threw; supervision goes on.")]
    public static partial void EventHandlerFailed(ILogger logger, string group, string @event, Exception exception);
}
