namespace Supervise.Analyzers;

/// <summary>The values of <see cref="DiagnosticPropertyNames.FixKind"/>.</summary>
internal static class FixKinds
{
    /// <summary>Append the stop token as the last positional argument.</summary>
    public const string AppendArgument = nameof(AppendArgument);

    /// <summary>Add the stop token as a named argument.</summary>
    public const string NamedArgument = nameof(NamedArgument);

    /// <summary>Replace a token argument (<c>CancellationToken.None</c>, <c>default</c>) with the stop token.</summary>
    public const string ReplaceArgument = nameof(ReplaceArgument);

    /// <summary>Append <c>.WithCancellation(token)</c> to the collection of an <c>await foreach</c>.</summary>
    public const string WithCancellation = nameof(WithCancellation);

    /// <summary>Turn <c>async void</c> into <c>async Task</c>.</summary>
    public const string ReturnTask = nameof(ReturnTask);

    /// <summary>Turn <c>Thread.Sleep(x)</c> into <c>await Task.Delay(x, token)</c>.</summary>
    public const string AwaitDelay = nameof(AwaitDelay);

    /// <summary>Filter the cancellation out of a catch that catches any exception.</summary>
    public const string ExcludeCancellation = nameof(ExcludeCancellation);

    /// <summary>Filter a catch of <c>OperationCanceledException</c> to cancellations other than the stop.</summary>
    public const string ExcludeStop = nameof(ExcludeStop);

    /// <summary>Give the called helper a token parameter, pass it to the calls inside that take one, and pass the stop token at the call.</summary>
    public const string AddTokenToHelper = nameof(AddTokenToHelper);
}
