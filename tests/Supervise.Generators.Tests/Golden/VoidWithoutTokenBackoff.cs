#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using Supervise;

namespace Demo
{
    internal partial class Sweeper
    {
        [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 200, MaxDelayMs = 10000)]
        private void Sweep()
        {
        }
    }
}
