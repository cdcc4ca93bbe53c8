using GrandBy.SpeechEmulator.Hosting;

namespace GrandBy.SpeechEmulator.Tests.Transcription;

/// <summary>One emulator requiring <see cref="ApiKey"/> on its transcription endpoint, shared by a test class.</summary>
public sealed class TranscriptionFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key";

    private SpeechEmulatorServer? _server;

    public SpeechEmulatorServer Server => _server ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() =>
        _server = await SpeechEmulatorServer.StartAsync(new SpeechEmulatorOptions { ApiKey = ApiKey }, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
