using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Supervise;

class NotPartial
{
    [Supervised(Restart = RestartMode.Never, MaxRestarts = 3)]
    private async void Run(CancellationToken token)
    {
        new List<int> { 1 }.ForEach(async x => await Task.Delay(x, token));
        Action local = [Supervised] () => { };
        [Supervised] void Inner() { }
        Inner();
        goto again;
        again: Thread.Sleep(Timeout.Infinite);
    }

    public int RunSupervisor;

    [Supervised]
    Task<int> CountAsync<T>(ref CancellationToken token) => Task.FromResult(0);
}
