using System.ClientModel;
using System.Text;
using System.Text.Json;
using OpenAI.Chat;

namespace GrandBy.ProviderEmulators.Tests.Llm;

[Collection(LlmEmulatorCollection.Name)]
public sealed class LlmErrorTests(LlmEmulatorFixture fixture)
{
    private const string Body = """{"messages":[{"role":"user","content":"Hello"}]}""";

    [Fact]
    public async Task The_azure_sdk_with_a_wrong_key_gets_401()
    {
        using var timeout = TestTimeout.Start();

        var error = await Assert.ThrowsAsync<ClientResultException>(
            () => SdkClients.StreamAsync(SdkClients.Azure(fixture.Server.Endpoint, key: "wrong"), "Hello", timeout.Token));

        Assert.Equal(401, error.Status);
    }

    [Fact]
    public async Task The_openai_sdk_with_a_wrong_key_gets_401()
    {
        using var timeout = TestTimeout.Start();

        var error = await Assert.ThrowsAsync<ClientResultException>(
            () => SdkClients.OpenAi(fixture.Server.Endpoint, key: "wrong").CompleteChatAsync([new UserChatMessage("Hello")], cancellationToken: timeout.Token));

        Assert.Equal(401, error.Status);
    }

    [Fact]
    public async Task A_wrong_azure_key_gets_azures_access_denied_body()
    {
        using var timeout = TestTimeout.Start();

        var (status, json) = await PostAsync($"openai/deployments/{LlmEmulatorFixture.Deployment}/chat/completions?api-version=2024-10-21", "wrong", Body, timeout.Token);

        Assert.Equal(401, status);
        Assert.Equal("401", json.GetProperty("error").GetProperty("code").GetString());
        Assert.StartsWith("Access denied due to invalid subscription key", json.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_azure_request_without_api_version_gets_400()
    {
        using var timeout = TestTimeout.Start();

        var (status, json) = await PostAsync($"openai/deployments/{LlmEmulatorFixture.Deployment}/chat/completions", LlmEmulatorFixture.ApiKey, Body, timeout.Token);

        Assert.Equal(400, status);
        Assert.Equal("MissingApiVersionParameter", json.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_deployment_gets_404_deployment_not_found()
    {
        using var timeout = TestTimeout.Start();

        var (status, json) = await PostAsync("openai/deployments/gpt-5/chat/completions?api-version=2024-10-21", LlmEmulatorFixture.ApiKey, Body, timeout.Token);

        Assert.Equal(404, status);
        Assert.Equal("DeploymentNotFound", json.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Empty_messages_get_400()
    {
        using var timeout = TestTimeout.Start();

        var (status, json) = await PostAsync($"openai/deployments/{LlmEmulatorFixture.Deployment}/chat/completions?api-version=2024-10-21", LlmEmulatorFixture.ApiKey, """{"messages":[]}""", timeout.Token);

        Assert.Equal(400, status);
        Assert.Equal("[] is too short - 'messages'", json.GetProperty("error").GetProperty("message").GetString());
    }

    private async Task<(int Status, JsonElement Json)> PostAsync(string path, string key, string body, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = fixture.Server.Endpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("api-key", key);
        using var response = await client.SendAsync(request, cancellationToken);
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone());
    }
}
