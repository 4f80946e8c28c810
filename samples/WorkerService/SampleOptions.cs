namespace WorkerService;

/// <summary>The sample's knobs, from the "Sample" section of configuration (appsettings.json or <c>--Sample:Name value</c>).</summary>
public sealed class SampleOptions
{
    /// <summary>How often the inventory poller polls.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the order consumer takes per order.</summary>
    public TimeSpan OrderInterval { get; set; } = TimeSpan.FromMilliseconds(700);

    /// <summary>The chance, from 0 to 1, that an order makes the consumer fail.</summary>
    public double FailureRate { get; set; } = 0.25;

    /// <summary>Seeds the consumer's failures for a reproducible run; random when not set.</summary>
    public int? Seed { get; set; }

    /// <summary>The partitions the partition consumer reads, one supervised child each.</summary>
    public List<string> Partitions { get; set; } = [];

    /// <summary>How long the partition consumer takes per message.</summary>
    public TimeSpan PartitionInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the supervisors' metrics are written to the console; zero turns the exporter off.</summary>
    public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Whether each run's activity is written to the console as well.</summary>
    public bool ExportTraces { get; set; }
}
