using System.ClientModel;
using System.Text;
using GrandBy.LlmEmulator;
using OpenAI.Chat;

namespace GrandBy.ProviderEmulators.Tests.Llm;

public sealed class FailureInjectionTests
{
    [Fact]
    public async Task An_injected_429_carries_retry_after_ms_and_then_the_emulator_recovers()
    {
        using var timeout = TestTimeout.Start();
        await using var server = await LlmEmulatorServer.StartAsync(LlmEmulatorFixture.Options(), timeout.Token);
        server.FailNextRequests(1, 429, TimeSpan.FromMilliseconds(250));
        using var client = new HttpClient { BaseAddress = server.Endpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"openai/deployments/{LlmEmulatorFixture.Deployment}/chat/completions?api-version=2024-10-21")
        {
            Content = new StringContent("""{"messages":[{"role":"user","content":"Hello"}]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("api-key", LlmEmulatorFixture.ApiKey);

        using var failed = await client.SendAsync(request, timeout.Token);
        var recovered = await SdkClients.StreamAsync(SdkClients.Azure(server.Endpoint), "Hello", timeout.Token);

        Assert.Equal(429, (int)failed.StatusCode);
        Assert.Equal("250", failed.Headers.GetValues("retry-after-ms").Single());
        Assert.Equal("1", failed.Headers.GetValues("Retry-After").Single());
        Assert.Equal("Nice to hear from you. Did you sleep well?", recovered.Text);
        Assert.Equal(1, server.Requests.InjectedFailures);
        Assert.Equal(1, server.Requests.Completed);
    }

    [Fact]
    public async Task An_injected_500_reaches_the_sdk_as_a_client_result_exception()
    {
        using var timeout = TestTimeout.Start();
        var options = LlmEmulatorFixture.Options();
        options.FailNextRequests = 1;
        options.FailureStatusCode = 500;
        await using var server = await LlmEmulatorServer.StartAsync(options, timeout.Token);

        var error = await Assert.ThrowsAsync<ClientResultException>(
            () => SdkClients.Azure(server.Endpoint).CompleteChatAsync([new UserChatMessage("Hello")], cancellationToken: timeout.Token));

        Assert.Equal(500, error.Status);
        Assert.Equal(1, server.Requests.InjectedFailures);
    }

    [Fact]
    public async Task The_sdk_retry_policy_rides_over_an_injected_429()
    {
        using var timeout = TestTimeout.Start();
        await using var server = await LlmEmulatorServer.StartAsync(LlmEmulatorFixture.Options(), timeout.Token);
        server.FailNextRequests(1, 429, TimeSpan.FromMilliseconds(10));

        var streamed = await SdkClients.StreamAsync(SdkClients.Azure(server.Endpoint, maxRetries: 1), "산책", timeout.Token);

        Assert.Equal("산책을 하셨군요! 정말 잘하셨어요. 오늘 날씨는 어땠어요?", streamed.Text);
        Assert.Equal(2, server.Requests.Total);
    }
}
