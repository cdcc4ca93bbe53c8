namespace GrandBy.ProviderEmulators.Tests.Tts;

[CollectionDefinition(Name)]
public sealed class TtsEmulatorCollection : ICollectionFixture<TtsEmulatorFixture>
{
    public const string Name = "TTS emulator";
}
