namespace Supervise.Generators.Judging;

/// <summary>The rules a <c>[Supervised]</c> value can break; the analyzers word each one (SUP003).</summary>
internal enum OptionProblemKind
{
    /// <summary>A time or count below 0.</summary>
    Negative,

    /// <summary>A value of 0 or less where it must be more than 0.</summary>
    NotPositive,

    /// <summary>Below 0 where 0 turns the option off.</summary>
    NegativeWhereZeroIsOff,

    /// <summary>Below -1 where -1 is the automatic value or no limit.</summary>
    BelowMinusOne,

    /// <summary>A <c>Policy</c> or <c>Restart</c> outside its enum.</summary>
    UnknownEnumValue,

    /// <summary>A <c>Name</c> of white space only.</summary>
    BlankName,

    /// <summary>A backoff capped below its first delay.</summary>
    CapBelowFirstDelay,

    /// <summary>A restart window without <c>MaxRestarts</c> to count in it.</summary>
    WindowWithoutLimit,

    /// <summary>A heartbeat timeout on a worker that takes no <c>SupervisionContext</c> to beat with.</summary>
    HeartbeatWithoutContext,

    /// <summary>A listed type that is missing, an open generic or null.</summary>
    UnusableType,

    /// <summary>A listed type that does not derive from <c>System.Exception</c>.</summary>
    NotAnException,

    /// <summary>A type listed twice in one list.</summary>
    ListedTwice,

    /// <summary>A type whose base type is listed before it.</summary>
    CoveredByEarlierBase,

    /// <summary>An empty <c>RestartOn</c>, which would restart nothing.</summary>
    EmptyRestartOn,

    /// <summary>A type in both <c>StopOn</c> and <c>RestartOn</c>.</summary>
    InBothLists,

    /// <summary>A <c>Singleton</c> lease name that is blank or too long for a lease store.</summary>
    InvalidLeaseName,

    /// <summary>A <c>Significant</c> child restarted after every exit, which is never done.</summary>
    SignificantRestartsAlways,
}
