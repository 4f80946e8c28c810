// The part of Hangfire's public surface the corpus's jobs use, declared here so the jobs bind as they
// would with the package restored. Compiled into a reference of its own, never into a corpus file.
namespace Hangfire
{
    public interface IJobCancellationToken
    {
        CancellationToken ShutdownToken { get; }

        void ThrowIfCancellationRequested();
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class AutomaticRetryAttribute : Attribute
    {
        public int Attempts { get; set; }
    }
}

namespace Scheduling.Abstractions
{
    /// <summary>The job interface a project puts over Hangfire's recurring jobs.</summary>
    public interface IScheduledJob
    {
        Task RunAsync(Hangfire.IJobCancellationToken cancellationToken);
    }
}
