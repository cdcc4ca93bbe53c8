using System.ClientModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using GrandBy.Providers.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI.Chat;
using SdkMessage = OpenAI.Chat.ChatMessage;

namespace GrandBy.Providers.Chat.OpenAi;

/// <summary>Streams replies from Azure OpenAI or an OpenAI-compatible endpoint, system prompt first.</summary>
internal sealed class OpenAiChatResponder : IChatResponder
{
    private readonly ChatOptions _options;
    private readonly ChatClient _client;
    private readonly ProvidersMetrics _metrics;
    private readonly ILogger<OpenAiChatResponder> _logger;

    public OpenAiChatResponder(IOptions<ChatOptions> options, ProvidersMetrics metrics, ILogger<OpenAiChatResponder> logger)
    {
        _options = options.Value;
        _client = ChatClientFactory.Create(_options);
        _metrics = metrics;
        _logger = logger;
        logger.ChatClientCreated(_options.Provider.ToString(), ChatClientFactory.ModelOf(_options), ChatClientFactory.EndpointOf(_options));
    }

    public async IAsyncEnumerable<string> StreamReplyAsync(
        IReadOnlyList<ChatMessage> conversation,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var characters = 0;
        string? finishReason = null;
        var updates = _client.CompleteChatStreamingAsync(ToSdkMessages(conversation), CreateCompletionOptions(), cancellationToken);
        await using var enumerator = updates.GetAsyncEnumerator(cancellationToken);
        while (await MoveNextAsync(enumerator, started, cancellationToken).ConfigureAwait(false))
        {
            var update = enumerator.Current;
            foreach (var part in update.ContentUpdate)
            {
                if (string.IsNullOrEmpty(part.Text))
                {
                    continue;
                }

                if (characters == 0)
                {
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    _metrics.LlmFirstToken(elapsed);
                    _logger.ChatFirstToken((long)elapsed.TotalMilliseconds);
                }

                characters += part.Text.Length;
                yield return part.Text;
            }

            finishReason = update.FinishReason?.ToString() ?? finishReason;
        }

        _logger.ChatReplyCompleted(finishReason ?? "none", characters, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private List<SdkMessage> ToSdkMessages(IReadOnlyList<ChatMessage> conversation)
    {
        var messages = new List<SdkMessage>(conversation.Count + 1) { new SystemChatMessage(_options.SystemPrompt) };
        foreach (var message in conversation)
        {
            messages.Add(message.Role switch
            {
                ChatRole.User => new UserChatMessage(message.Text),
                ChatRole.Assistant => new AssistantChatMessage(message.Text),
                _ => throw new ArgumentOutOfRangeException(nameof(conversation), message.Role, "Unknown chat role."),
            });
        }

        return messages;
    }

    private ChatCompletionOptions CreateCompletionOptions() => new()
    {
        MaxOutputTokenCount = _options.MaxOutputTokens,
        Temperature = _options.Temperature,
    };

    private async Task<bool> MoveNextAsync(
        IAsyncEnumerator<StreamingChatCompletionUpdate> enumerator,
        long started,
        CancellationToken cancellationToken)
    {
        try
        {
            return await enumerator.MoveNextAsync().ConfigureAwait(false);
        }
        catch (ClientResultException exception)
        {
            throw Fail(started, "http_" + exception.Status, new ChatResponseException(
                $"The chat model failed (HTTP {exception.Status}): {exception.Message}",
                exception.Status == 0 ? null : exception.Status,
                exception));
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail(started, "timeout", new ChatResponseException(
                $"The chat model did not answer within {_options.Timeout}.",
                innerException: exception));
        }
        catch (AggregateException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The SDK's retry policy gives up with every try's exception; the last one says what happened.
            var last = exception.InnerExceptions[^1];
            var status = (last as ClientResultException)?.Status;
            throw Fail(started, status is { } code ? "http_" + code : "timeout", new ChatResponseException(
                $"The chat model failed after {exception.InnerExceptions.Count} tries: {last.Message}",
                status is 0 ? null : status,
                exception));
        }
    }

    private ChatResponseException Fail(long started, string kind, ChatResponseException exception)
    {
        _metrics.LlmFailed(kind);
        _logger.ChatReplyFailed((long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.Message);
        return exception;
    }
}
