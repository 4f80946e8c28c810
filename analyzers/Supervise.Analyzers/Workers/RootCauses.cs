namespace Supervise.Analyzers.Workers;

/// <summary>
/// One diagnostic per root cause. Several rules see the same mistake from different sides: a
/// <c>Task.Delay(1000)</c> without the token inside <c>while (true)</c> is a call not given the token
/// (SUP102), a loop that never observes it (SUP103), a worker that never ends (SUP106) and a token never
/// read (SUP101), and passing the token clears all four. The rule nearest the cause reports; each rule
/// after it in the chain SUP107 → SUP102 → SUP103 → SUP106 → SUP101 reports only what no rule before it
/// that is <em>on</em> in the file covers, so turning a rule off hands its findings to the next one.
/// Async void is SUP002's for a <c>[Supervised]</c> method, SUP106's otherwise or when SUP002 is off.
/// </summary>
internal sealed class RootCauses
{
    private readonly OperationBlockAnalysisContext _block;
    private readonly Worker _worker;
    private readonly WorkerSymbols _symbols;
    private readonly RuleSwitches _switches;
    private IReadOnlyList<Finding>? _fireAndForget;
    private IReadOnlyList<Finding>? _unforwardedTokens;
    private IReadOnlyList<Finding>? _endlessLoops;
    private Diagnostic?[]? _neverEnds;
    private Diagnostic?[]? _neverRead;

    public RootCauses(OperationBlockAnalysisContext block, Worker worker, WorkerSymbols symbols, RuleSwitches switches)
    {
        _block = block;
        _worker = worker;
        _symbols = symbols;
        _switches = switches;
    }

    /// <summary>SUP107's findings: work nobody awaits.</summary>
    public IReadOnlyList<Finding> FireAndForget => _fireAndForget ??= FireAndForgetRule.Find(_worker, _symbols, _switches);

    /// <summary>SUP102's findings, less the calls SUP107 reports: awaiting <c>Task.Run</c> is the fix, not its scheduling token.</summary>
    public IReadOnlyList<Finding> UnforwardedTokens => _unforwardedTokens ??= Without(
        StopTokenNotForwardedRule.Find(_worker, _symbols),
        _switches.IsOn(DiagnosticIds.FireAndForget) ? FireAndForget : [],
        (finding, covered) => finding.Site == covered.Site);

    /// <summary>SUP103's findings, less the loops in which SUP102 reports a call: passing the token there makes the loop observe it.</summary>
    public IReadOnlyList<Finding> EndlessLoops => _endlessLoops ??= Without(
        LoopIgnoresCancellationRule.Find(_worker, _symbols),
        _switches.IsOn(DiagnosticIds.StopTokenNotForwarded) ? UnforwardedTokens : [],
        (loop, call) => Contains(loop.Site, call.Site));

    /// <summary>
    /// SUP106's finding that the worker never ends, unless a rule before it in the chain reports the cause: with
    /// SUP103 off, SUP106 reports the endless loop SUP103 would have (the token may be read elsewhere, so no rule after would).
    /// </summary>
    public Diagnostic? NeverEnds => (_neverEnds ??= [FindNeverEnds()])[0];

    /// <summary>SUP101's finding, unless a rule before it in the chain reports the cause.</summary>
    public Diagnostic? NeverRead => (_neverRead ??= [CoveredBeforeNeverEnds() || (_switches.IsOn(DiagnosticIds.WorkerNeverEnds) && NeverEnds is not null)
        ? null
        : StopTokenNeverReadRule.Find(_worker, _symbols)])[0];

    /// <summary>Whether SUP106 reports an async void worker: SUP002 does, for a <c>[Supervised]</c> one, while it is on.</summary>
    public bool ReportsAsyncVoidAsNeverEnding => !(_worker.IsSupervised && _switches.IsOn(DiagnosticIds.UnsupportedWorkerSignature));

    private Diagnostic? FindNeverEnds()
    {
        if (CoveredBeforeNeverEnds())
        {
            return null;
        }

        return EndlessLoops.Count > 0
            ? WorkerNeverEndsRule.ForEndlessLoop(_worker, (ILoopOperation)EndlessLoops[0].Site)
            : WorkerNeverEndsRule.FindNoEnd(_block, _worker, _symbols);
    }

    private bool CoveredBeforeNeverEnds() =>
        (_switches.IsOn(DiagnosticIds.StopTokenNotForwarded) && UnforwardedTokens.Count > 0)
        || (_switches.IsOn(DiagnosticIds.LoopIgnoresCancellation) && EndlessLoops.Count > 0);

    private static IReadOnlyList<Finding> Without(IReadOnlyList<Finding> findings, IReadOnlyList<Finding> coveredBy, System.Func<Finding, Finding, bool> covers)
    {
        if (findings.Count == 0 || coveredBy.Count == 0)
        {
            return findings;
        }

        var left = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var covered = false;
            foreach (var cover in coveredBy)
            {
                if (covers(finding, cover))
                {
                    covered = true;
                    break;
                }
            }

            if (!covered)
            {
                left.Add(finding);
            }
        }

        return left;
    }

    private static bool Contains(IOperation outer, IOperation inner)
    {
        for (var current = inner; current is not null; current = current.Parent)
        {
            if (current == outer)
            {
                return true;
            }
        }

        return false;
    }
}
