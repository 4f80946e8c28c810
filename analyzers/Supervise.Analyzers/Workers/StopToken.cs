namespace Supervise.Analyzers.Workers;

/// <summary>The worker's stop token: its <c>CancellationToken</c> parameter, or the <c>StoppingToken</c> of its <c>SupervisionContext</c> parameter.</summary>
internal sealed class StopToken
{
    public StopToken(IParameterSymbol parameter, bool isContext)
    {
        Parameter = parameter;
        IsContext = isContext;
    }

    public IParameterSymbol Parameter { get; }

    /// <summary>Whether the token is read through a <c>SupervisionContext</c>.</summary>
    public bool IsContext { get; }

    /// <summary>The token as code, for messages and fixes: <c>stoppingToken</c> or <c>context.StoppingToken</c>.</summary>
    public string Expression => IsContext ? Identifiers.Escape(Parameter.Name) + ".StoppingToken" : Identifiers.Escape(Parameter.Name);
}
