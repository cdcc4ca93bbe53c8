using System.Net;
using System.Net.Sockets;

namespace GrandBy.Demo.Hosting;

/// <summary>Free TCP ports on loopback for the servers the local stack and the tests start.</summary>
public static class LoopbackPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
