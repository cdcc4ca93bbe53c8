using System.Text;
using System.Text.Json.Nodes;
using GrandBy.Providers.Chat;
using GrandBy.Providers.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GrandBy.Providers.Tests.Chat;

public sealed class OpenAiChatResponderTests
{
    private const string AzurePath = "/openai/deployments/gpt-test/chat/completions";

    private static readonly string[] AzureStream =
    [
        """{"choices":[],"created":0,"id":"","model":"","object":"","prompt_filter_results":[{"prompt_index":0,"content_filter_results":{}}]}""",
        """{"choices":[{"delta":{"role":"assistant","content":""},"finish_reason":null,"index":0}],"created":1,"id":"c1","model":"gpt-test","object":"chat.completion.chunk"}""",
        """{"choices":[{"delta":{"content":"안녕하세요, "},"finish_reason":null,"index":0}],"created":1,"id":"c1","model":"gpt-test","object":"chat.completion.chunk"}""",
        """{"choices":[{"delta":{"content":"잘 주무셨어요?"},"finish_reason":null,"index":0}],"created":1,"id":"c1","model":"gpt-test","object":"chat.completion.chunk"}""",
        """{"choices":[{"delta":{},"finish_reason":"stop","index":0}],"created":1,"id":"c1","model":"gpt-test","object":"chat.completion.chunk"}""",
        """{"choices":[],"created":1,"id":"c1","model":"gpt-test","object":"chat.completion.chunk","usage":{"completion_tokens":9,"prompt_tokens":40,"total_tokens":49}}""",
    ];

    private readonly CancellationToken _timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;
    private readonly IReadOnlyList<ChatMessage> _conversation =
        [new(ChatRole.Assistant, "안녕하세요, 어르신."), new(ChatRole.User, "응, 잘 잤어.")];

    private JsonNode? _receivedBody;
    private string? _receivedKey;
    private string? _receivedAuthorization;

    [Fact]
    public async Task Streams_azure_content_deltas_in_order()
    {
        await using var server = await StartAsync(AzurePath);
        using var services = Responder(server, ("Chat:Deployment", "gpt-test"));

        var deltas = await services.GetRequiredService<IChatResponder>().StreamReplyAsync(_conversation, _timeout).ToListAsync(_timeout);

        Assert.Equal(["안녕하세요, ", "잘 주무셨어요?"], deltas);
        Assert.Equal("test-key", _receivedKey);
    }

    [Fact]
    public async Task Prepends_the_system_prompt_to_the_conversation()
    {
        await using var server = await StartAsync(AzurePath);
        using var services = Responder(server, ("Chat:Deployment", "gpt-test"), ("Chat:SystemPrompt", "짧게 말해요."));

        await services.GetRequiredService<IChatResponder>().StreamReplyAsync(_conversation, _timeout).ToListAsync(_timeout);

        var expected = JsonNode.Parse("""
            [{"role":"system","content":"짧게 말해요."},
             {"role":"assistant","content":"안녕하세요, 어르신."},
             {"role":"user","content":"응, 잘 잤어."}]
            """);
        Assert.True(JsonNode.DeepEquals(expected, _receivedBody!["messages"]), _receivedBody!["messages"]!.ToJsonString());
        Assert.Equal((200, true), (_receivedBody!["max_tokens"]!.GetValue<int>(), _receivedBody!["stream"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Streams_from_an_openai_compatible_endpoint_with_a_bearer_key()
    {
        await using var server = await StartAsync("/v1/chat/completions");
        using var services = Responder(
            server,
            ("Chat:Provider", "OpenAI"),
            ("Chat:Endpoint", server.Address + "/v1"),
            ("Chat:Model", "local-model"));

        var deltas = await services.GetRequiredService<IChatResponder>().StreamReplyAsync(_conversation, _timeout).ToListAsync(_timeout);

        Assert.Equal(["안녕하세요, ", "잘 주무셨어요?"], deltas);
        Assert.Equal(("Bearer test-key", "local-model"), (_receivedAuthorization, _receivedBody!["model"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Error_response_becomes_a_ChatResponseException_with_the_status()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapPost(
            AzurePath,
            () => Results.Json(new { error = new { code = "429", message = "Rate limit reached." } }, statusCode: 429)));
        using var services = Responder(server, ("Chat:Deployment", "gpt-test"), ("Chat:MaxRetries", "0"));

        var error = await Assert.ThrowsAsync<ChatResponseException>(
            () => services.GetRequiredService<IChatResponder>().StreamReplyAsync(_conversation, _timeout).ToListAsync(_timeout).AsTask());

        Assert.Equal(429, error.HttpStatus);
        Assert.StartsWith("The chat model failed (HTTP 429): ", error.Message);
    }

    [Fact]
    public async Task A_model_unreachable_on_every_try_becomes_one_ChatResponseException_naming_the_tries()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Chat:Endpoint"] = "http://127.0.0.1:1",
            ["Chat:ApiKey"] = "test-key",
            ["Chat:Deployment"] = "gpt-test",
            ["Chat:MaxRetries"] = "1",
        };
        using var services = ProviderServices.Build(settings, services => services.AddChatResponder());

        var error = await Assert.ThrowsAsync<ChatResponseException>(
            () => services.GetRequiredService<IChatResponder>().StreamReplyAsync(_conversation, _timeout).ToListAsync(_timeout).AsTask());

        Assert.StartsWith("The chat model failed after 2 tries: ", error.Message);
        Assert.Null(error.HttpStatus);
    }

    private Task<LoopbackServer> StartAsync(string path) =>
        LoopbackServer.StartAsync(app => app.MapPost(path, async (HttpContext context) =>
        {
            _receivedBody = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            _receivedKey = context.Request.Headers["api-key"].FirstOrDefault();
            _receivedAuthorization = context.Request.Headers.Authorization.FirstOrDefault();
            context.Response.ContentType = "text/event-stream";
            foreach (var chunk in AzureStream.Append("[DONE]"))
            {
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"data: {chunk}\n\n"), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }));

    private static ServiceProvider Responder(LoopbackServer server, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["Chat:Endpoint"] = server.Address, ["Chat:ApiKey"] = "test-key" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return ProviderServices.Build(settings, services => services.AddChatResponder());
    }
}
