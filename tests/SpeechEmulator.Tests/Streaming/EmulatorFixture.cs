using GrandBy.SpeechEmulator.Hosting;

namespace GrandBy.SpeechEmulator.Tests.Streaming;

/// <summary>One emulator with default options, shared by a test class.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private SpeechEmulatorServer? _server;

    public SpeechEmulatorServer Server => _server ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() => _server = await SpeechEmulatorServer.StartAsync(new SpeechEmulatorOptions(), CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
