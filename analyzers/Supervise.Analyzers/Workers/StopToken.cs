namespace Supervise.Analyzers.Workers;

/// <summary>
/// The worker's stop token: its <c>CancellationToken</c> parameter, the <c>StoppingToken</c> of its
/// <c>SupervisionContext</c> parameter, or the member <c>.editorconfig</c> names of another parameter
/// (<c>context.CancellationToken</c> of a Quartz job).
/// </summary>
internal sealed class StopToken
{
    public StopToken(IParameterSymbol parameter, bool isContext)
        : this(parameter, isContext ? "StoppingToken" : null)
    {
    }

    public StopToken(IParameterSymbol parameter, string? member)
    {
        Parameter = parameter;
        Member = member;
    }

    public IParameterSymbol Parameter { get; }

    /// <summary>The member of the parameter that gives the token; null when the parameter is the token.</summary>
    public string? Member { get; }

    /// <summary>Whether the token is read through a member of the parameter (a <c>SupervisionContext</c>, a job's context).</summary>
    public bool IsContext => Member is not null;

    /// <summary>The token as code, for messages and fixes: <c>stoppingToken</c>, <c>context.StoppingToken</c>, <c>context.CancellationToken</c>.</summary>
    public string Expression => Member is null ? Identifiers.Escape(Parameter.Name) : Identifiers.Escape(Parameter.Name) + "." + Member;
}
