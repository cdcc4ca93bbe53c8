namespace GrandBy.ProviderEmulators.Tests.Llm;

[CollectionDefinition(Name)]
public sealed class LlmEmulatorCollection : ICollectionFixture<LlmEmulatorFixture>
{
    public const string Name = "LLM emulator";
}
