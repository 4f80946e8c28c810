#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo
{
    public partial class Host<TMessage>
        where TMessage : class
    {
        internal partial class Consumer
        {
            [Supervised(Restart = RestartMode.OnFailure)]
            internal async Task ConsumeAsync(CancellationToken stoppingToken)
            {
                await Task.Delay(10, stoppingToken);
            }
        }
    }
}
