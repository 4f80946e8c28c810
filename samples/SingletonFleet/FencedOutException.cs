namespace SingletonFleet;

/// <summary>The fence refused a write: a replica with a higher fencing token has written, so this one is no longer the leader.</summary>
public sealed class FencedOutException(long fencingToken)
    : Exception($"The write with fencing token {fencingToken} was refused: a higher token has been seen, so another replica leads now.")
{
    /// <summary>The token the refused write carried.</summary>
    public long FencingToken { get; } = fencingToken;
}
