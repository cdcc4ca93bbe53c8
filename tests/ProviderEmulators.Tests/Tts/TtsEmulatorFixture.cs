using GrandBy.TtsEmulator;

namespace GrandBy.ProviderEmulators.Tests.Tts;

/// <summary>Two emulators shared by the TTS tests: an open one with the synthetic voice, and one that demands a bearer token.</summary>
public sealed class TtsEmulatorFixture : IAsyncLifetime
{
    public const string AccessToken = "ya29.test-token";

    public TtsEmulatorServer Open { get; private set; } = null!;

    public TtsEmulatorServer Guarded { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = TestTimeout.Start();
        Open = await TtsEmulatorServer.StartAsync(new TtsEmulatorOptions { Voice = VoiceKinds.Synthetic }, timeout.Token);
        Guarded = await TtsEmulatorServer.StartAsync(
            new TtsEmulatorOptions { Voice = VoiceKinds.Synthetic, RequireAuthorization = true, AccessToken = AccessToken },
            timeout.Token);
    }

    public async Task DisposeAsync()
    {
        await Open.DisposeAsync();
        await Guarded.DisposeAsync();
    }
}
