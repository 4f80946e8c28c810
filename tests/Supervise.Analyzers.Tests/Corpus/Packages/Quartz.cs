// The part of Quartz's public surface the corpus's jobs use, declared here so the jobs bind as they
// would with the package restored. Compiled into a reference of its own, never into a corpus file.
namespace Quartz
{
    public interface IJob
    {
        Task Execute(IJobExecutionContext context);
    }

    public interface IJobExecutionContext
    {
        CancellationToken CancellationToken { get; }

        JobDataMap MergedJobDataMap { get; }

        DateTimeOffset FireTimeUtc { get; }

        int RefireCount { get; }
    }

    public class JobDataMap : Dictionary<string, object>
    {
        public string? GetString(string key) => TryGetValue(key, out var value) ? value as string : null;
    }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class DisallowConcurrentExecutionAttribute : Attribute
    {
    }
}
