using System.Net.WebSockets;
using GrandBy.Gateway.Diagnostics;
using Microsoft.Extensions.Options;

namespace GrandBy.Gateway.MediaStreams;

/// <summary>Creates a session for each accepted media-stream socket.</summary>
public sealed class MediaStreamSessionFactory(
    IGrainFactory grains, IOptions<MediaStreamOptions> options, GatewayMetrics metrics, ILogger<MediaStreamSession> logger)
{
    public MediaStreamSession Create(WebSocket socket) => new(socket, grains, options.Value, metrics, logger);
}
