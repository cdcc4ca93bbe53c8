using System.Text;
using System.Text.Json;

namespace GrandBy.ProviderEmulators.Tests.Llm;

[Collection(LlmEmulatorCollection.Name)]
public sealed class AzureWireFormatTests(LlmEmulatorFixture fixture)
{
    private const string StreamingBody = """{"messages":[{"role":"user","content":"Hello"}],"model":"gpt-4o-mini","stream":true,"stream_options":{"include_usage":true}}""";

    [Fact]
    public async Task The_azure_stream_opens_with_a_prompt_filter_chunk_and_ends_with_done()
    {
        using var timeout = TestTimeout.Start();

        var (contentType, events) = await PostStreamAsync($"openai/deployments/{LlmEmulatorFixture.Deployment}/chat/completions?api-version=2024-10-21", timeout.Token);

        Assert.Equal("text/event-stream; charset=utf-8", contentType);
        var first = JsonDocument.Parse(events[0]).RootElement;
        Assert.Equal(0, first.GetProperty("choices").GetArrayLength());
        Assert.Equal(0, first.GetProperty("prompt_filter_results")[0].GetProperty("prompt_index").GetInt32());
        var role = JsonDocument.Parse(events[1]).RootElement;
        Assert.Equal("chat.completion.chunk", role.GetProperty("object").GetString());
        Assert.Equal("assistant", role.GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());
        Assert.Equal(string.Empty, role.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString());
        var finish = JsonDocument.Parse(events[^3]).RootElement.GetProperty("choices")[0];
        Assert.Equal("{}", finish.GetProperty("delta").GetRawText());
        Assert.Equal("stop", finish.GetProperty("finish_reason").GetString());
        var usage = JsonDocument.Parse(events[^2]).RootElement;
        Assert.Equal(0, usage.GetProperty("choices").GetArrayLength());
        Assert.Equal(17, usage.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
        Assert.Equal("[DONE]", events[^1]);
        Assert.Equal(1 + 1 + 17 + 1 + 1 + 1, events.Count);
    }

    [Fact]
    public async Task The_openai_stream_has_no_prompt_filter_chunk()
    {
        using var timeout = TestTimeout.Start();

        var (_, events) = await PostStreamAsync("v1/chat/completions", timeout.Token);

        var first = JsonDocument.Parse(events[0]).RootElement;
        Assert.Equal("assistant", first.GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());
        Assert.False(first.TryGetProperty("prompt_filter_results", out _));
        Assert.Equal("[DONE]", events[^1]);
    }

    private async Task<(string? ContentType, List<string> Events)> PostStreamAsync(string path, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = fixture.Server.Endpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(StreamingBody, Encoding.UTF8, "application/json") };
        request.Headers.Add("api-key", LlmEmulatorFixture.ApiKey);
        request.Headers.Authorization = new("Bearer", LlmEmulatorFixture.ApiKey);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.All(events, e => Assert.StartsWith("data: ", e));
        return (response.Content.Headers.ContentType?.ToString(), events.Select(e => e["data: ".Length..]).ToList());
    }
}
