using System.Net;
using System.Net.Sockets;

namespace Supervise.Leases.Tests.Servers;

/// <summary>A loopback TCP port nobody listens on, for a server about to start or a store that must fail.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
