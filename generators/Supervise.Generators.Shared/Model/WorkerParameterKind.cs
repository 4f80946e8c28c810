namespace Supervise.Generators.Model;

/// <summary>What a worker takes, in order, which decides what the loop passes it.</summary>
internal enum WorkerParameterKind
{
    None,
    Token,
    Context,
    TokenAndContext,
    ContextAndToken,
}
