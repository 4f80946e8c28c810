namespace Supervise.Analyzers;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>: what an analyzer tells its code fix.</summary>
internal static class DiagnosticPropertyNames
{
    /// <summary>The stop token as code, such as <c>stoppingToken</c> or <c>context.StoppingToken</c>.</summary>
    public const string StopToken = nameof(StopToken);

    /// <summary>Which edit the fix makes; the values are in <see cref="FixKinds"/>.</summary>
    public const string FixKind = nameof(FixKind);

    /// <summary>For a named argument: the parameter's name.</summary>
    public const string ParameterName = nameof(ParameterName);

    /// <summary>For a replaced argument: its position in the argument list as written.</summary>
    public const string ArgumentIndex = nameof(ArgumentIndex);
}
