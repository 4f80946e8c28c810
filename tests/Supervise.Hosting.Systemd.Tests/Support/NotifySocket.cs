using System.Net.Sockets;
using System.Text;

namespace Supervise.Hosting.Systemd.Tests.Support;

/// <summary>
/// What systemd listens on: a Unix domain datagram socket, bound at a fresh path for <c>NOTIFY_SOCKET</c>,
/// from which the test reads each notification the host sends.
/// </summary>
public sealed class NotifySocket : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);

    public NotifySocket()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"supervise-notify-{Guid.NewGuid():N}.sock");
        _socket.Bind(new UnixDomainSocketEndPoint(Path));
    }

    public string Path { get; }

    /// <summary>Datagrams received and not read yet: a send is complete when it returns, so this is exact after a synchronous tick.</summary>
    public bool HasPending => _socket.Available > 0;

    /// <summary>The next notification, once the host has sent it.</summary>
    public async Task<string> ReceiveAsync()
    {
        var buffer = new byte[4096];
        var length = await Guard.Within(_socket.ReceiveAsync(buffer, SocketFlags.None));
        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    public void Dispose()
    {
        _socket.Dispose();
        File.Delete(Path);
    }
}
