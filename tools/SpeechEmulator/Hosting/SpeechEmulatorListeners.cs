using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GrandBy.SpeechEmulator.Hosting;

/// <summary>
/// The emulator's two Kestrel listeners, kept so their ports can be read after binding: with port 0
/// the bound addresses alone don't say which one is gRPC.
/// </summary>
internal sealed class SpeechEmulatorListeners
{
    public ListenOptions? Grpc { get; set; }

    public ListenOptions? Transcription { get; set; }

    public static Uri AddressOf(ListenOptions? listener) =>
        listener?.EndPoint is IPEndPoint bound
            ? new Uri($"http://{bound.Address}:{bound.Port}")
            : throw new InvalidOperationException("The speech emulator's listener is not bound.");
}
