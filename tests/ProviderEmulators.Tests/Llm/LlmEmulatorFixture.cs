using GrandBy.LlmEmulator;

namespace GrandBy.ProviderEmulators.Tests.Llm;

/// <summary>One emulator shared by the LLM tests: a key, one deployment, the shipped Korean check-in rules, near-instant tokens.</summary>
public sealed class LlmEmulatorFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key";
    public const string Deployment = "gpt-4o-mini";

    public LlmEmulatorServer Server { get; private set; } = null!;

    public static LlmEmulatorOptions Options() => new()
    {
        ApiKey = ApiKey,
        Deployments = [Deployment],
        TimeToFirstToken = TimeSpan.FromMilliseconds(1),
        TokenInterval = TimeSpan.FromMilliseconds(1),
    };

    public async Task InitializeAsync()
    {
        using var timeout = TestTimeout.Start();
        Server = await LlmEmulatorServer.StartAsync(Options(), timeout.Token);
    }

    public Task DisposeAsync() => Server.DisposeAsync().AsTask();
}
