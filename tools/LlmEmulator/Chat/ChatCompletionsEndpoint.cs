using GrandBy.LlmEmulator.Errors;
using GrandBy.LlmEmulator.Rules;
using Microsoft.Extensions.Options;

namespace GrandBy.LlmEmulator.Chat;

/// <summary>
/// Answers <c>POST /openai/deployments/{deployment}/chat/completions</c> (Azure) and <c>POST /v1/chat/completions</c>
/// (OpenAI): checks the key, api-version and deployment as the services do, then replies from the rulebook.
/// </summary>
internal sealed class ChatCompletionsEndpoint(
    Rulebook rulebook,
    FailureInjector failures,
    LlmRequestCounters counters,
    IOptions<LlmEmulatorOptions> options,
    TimeProvider time,
    ILogger<ChatCompletionsEndpoint> logger)
{
    public const string AzureRoute = "/openai/deployments/{deployment}/chat/completions";
    public const string OpenAiRoute = "/v1/chat/completions";

    public Task HandleAzureAsync(HttpContext context, string deployment) => HandleAsync(context, ApiFlavor.Azure, deployment);

    public Task HandleOpenAiAsync(HttpContext context) => HandleAsync(context, ApiFlavor.OpenAi, deployment: null);

    private async Task HandleAsync(HttpContext context, ApiFlavor flavor, string? deployment)
    {
        var cancellationToken = context.RequestAborted;
        counters.CountRequest();
        try
        {
            await AnswerAsync(context, flavor, deployment, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            counters.CountCancelled();
            logger.RequestAborted();
        }
    }

    private async Task AnswerAsync(HttpContext context, ApiFlavor flavor, string? deployment, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var early = RequestChecks.BeforeBody(context.Request, flavor, deployment, settings);
        if (early is not null)
        {
            await RejectAsync(context, early, cancellationToken);
            return;
        }

        if (failures.TryTake(out var statusCode, out var retryAfter))
        {
            counters.CountInjectedFailure();
            logger.FailureInjected(statusCode);
            await ChatError.Injected(statusCode, retryAfter).WriteAsync(context.Response, cancellationToken);
            return;
        }

        var (request, error) = await ChatRequestReader.ReadAsync(context.Request.Body, cancellationToken);
        if (request is null)
        {
            await RejectAsync(context, ChatError.InvalidRequest(error!, "messages"), cancellationToken);
            return;
        }

        var model = deployment ?? request.Model ?? string.Empty;
        if (flavor == ApiFlavor.OpenAi && RequestChecks.UnknownDeployment(model, settings) is { } unknownModel)
        {
            await RejectAsync(context, unknownModel, cancellationToken);
            return;
        }

        counters.RecordUserMessage(request.LastUserMessage);
        var reply = rulebook.Choose(request.LastUserMessage);
        var tokens = ReplyTokenizer.Split(reply);
        var identity = new CompletionIdentity($"chatcmpl-{Guid.NewGuid():N}", time.GetUtcNow().ToUnixTimeSeconds(), model, flavor);
        var usage = TokenUsage.Measure(request, tokens);
        logger.Replying(flavor.ToString(), model, request.Stream, tokens.Count);
        if (request.Stream)
        {
            await StreamAsync(context.Response, identity, tokens, request.IncludeUsage ? usage : null, settings, cancellationToken);
        }
        else
        {
            await Task.Delay(settings.TimeToFirstToken + (settings.TokenInterval * Math.Max(0, tokens.Count - 1)), time, cancellationToken);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(CompletionJson.Completion(identity, reply, usage), cancellationToken);
        }

        counters.CountCompleted();
    }

    private async Task StreamAsync(HttpResponse response, CompletionIdentity identity, IReadOnlyList<string> tokens, TokenUsage? usage, LlmEmulatorOptions settings, CancellationToken cancellationToken)
    {
        ServerSentEvents.Start(response);
        if (identity.Flavor == ApiFlavor.Azure)
        {
            await ServerSentEvents.WriteAsync(response, CompletionJson.PromptFilterChunk(), cancellationToken);
        }

        await Task.Delay(settings.TimeToFirstToken, time, cancellationToken);
        await ServerSentEvents.WriteAsync(response, CompletionJson.ContentChunk(identity, string.Empty, withRole: true), cancellationToken);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                await Task.Delay(settings.TokenInterval, time, cancellationToken);
            }

            await ServerSentEvents.WriteAsync(response, CompletionJson.ContentChunk(identity, tokens[i], withRole: false), cancellationToken);
        }

        await ServerSentEvents.WriteAsync(response, CompletionJson.FinishChunk(identity), cancellationToken);
        if (usage is not null)
        {
            await ServerSentEvents.WriteAsync(response, CompletionJson.UsageChunk(identity, usage), cancellationToken);
        }

        await ServerSentEvents.WriteDoneAsync(response, cancellationToken);
    }

    private async Task RejectAsync(HttpContext context, ChatError error, CancellationToken cancellationToken)
    {
        counters.CountRejected();
        logger.RequestRejected(error.StatusCode, error.Detail.Message);
        await error.WriteAsync(context.Response, cancellationToken);
    }
}
