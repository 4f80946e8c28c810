using System.Net;
using System.Net.Sockets;

namespace Supervise.Leases.Tests.Support;

/// <summary>
/// A loopback TCP proxy to a server that can go silent: after <see cref="Freeze"/> it forwards nothing
/// either way and closes nothing, as a cut network cable leaves both ends; disposing it closes everything.
/// </summary>
internal sealed class FreezingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _closed = new();
    private readonly TaskCompletionSource _frozen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<TcpClient> _sockets = [];
    private readonly Task _accepting;

    public FreezingProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public bool IsFrozen => _frozen.Task.IsCompleted;

    public void Freeze() => _frozen.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        _closed.Cancel();
        _listener.Stop();
        lock (_sockets)
        {
            foreach (var socket in _sockets)
            {
                socket.Dispose();
            }
        }

        await _accepting.ContinueWith(static _ => { });
    }

    private async Task AcceptAsync()
    {
        while (!_closed.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_closed.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new TcpClient();
            lock (_sockets)
            {
                _sockets.Add(client);
                _sockets.Add(server);
            }

            _ = ConnectAndPumpAsync(client, server);
        }
    }

    private async Task ConnectAndPumpAsync(TcpClient client, TcpClient server)
    {
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _targetPort, _closed.Token);
            await Task.WhenAny(PumpAsync(client.GetStream(), server.GetStream()), PumpAsync(server.GetStream(), client.GetStream()));
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // Closed: the test is over, or an end went away.
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    private async Task PumpAsync(Stream from, Stream to)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await WhileThawedAsync(from.ReadAsync(buffer, _closed.Token).AsTask());
            if (read == 0)
            {
                return;
            }

            if (IsFrozen)
            {
                // Frozen: hold what was read, send nothing more, and keep both sockets open until disposed.
                await Task.Delay(Timeout.Infinite, _closed.Token);
            }

            await to.WriteAsync(buffer.AsMemory(0, read), _closed.Token);
        }
    }

    private async Task<int> WhileThawedAsync(Task<int> reading)
    {
        if (await Task.WhenAny(reading, _frozen.Task) != reading)
        {
            await Task.Delay(Timeout.Infinite, _closed.Token);
        }

        return await reading;
    }
}
