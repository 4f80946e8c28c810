using System;
using Microsoft.Extensions.Logging;

namespace Supervise.Leases.Redis;

/// <summary>The Redis lease store's log lines, under the category of <see cref="RedisLeaseStore"/>.</summary>
internal sealed partial class RedisLeaseStoreLog
{
    private readonly ILogger _logger;

    public RedisLeaseStoreLog(ILogger logger)
    {
        _logger = logger;
    }

    public void Acquired(string name, long fencingToken) => LogAcquired(_logger, name, fencingToken);

    public void Released(string name, long fencingToken) => LogReleased(_logger, name, fencingToken);

    public void Lost(string name, long fencingToken, string reason, Exception? exception) => LogLost(_logger, name, fencingToken, reason, exception);

    public void ReleaseFailed(string name, Exception exception) => LogReleaseFailed(_logger, name, exception);

    public void LostCallbackFailed(string name, Exception exception) => LogLostCallbackFailed(_logger, name, exception);

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Acquired lease '{LeaseName}' with fencing token {FencingToken}.")]
    private static partial void LogAcquired(ILogger logger, string leaseName, long fencingToken);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Released lease '{LeaseName}' (fencing token {FencingToken}).")]
    private static partial void LogReleased(ILogger logger, string leaseName, long fencingToken);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Lost lease '{LeaseName}' (fencing token {FencingToken}): {Reason}.")]
    private static partial void LogLost(ILogger logger, string leaseName, long fencingToken, string reason, Exception? exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Could not release lease '{LeaseName}'; its lock expires by itself.")]
    private static partial void LogReleaseFailed(ILogger logger, string leaseName, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "A callback on the Lost token of lease '{LeaseName}' threw.")]
    private static partial void LogLostCallbackFailed(ILogger logger, string leaseName, Exception exception);
}
