using GrandBy.Calls;
using GrandBy.Grains.Calls;
using GrandBy.Grains.Diagnostics;
using GrandBy.Providers.Chat;
using GrandBy.Providers.Synthesis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Placement;

namespace GrandBy.Grains.Response;

/// <summary>
/// Runs one answer at a time: model reply, sentence cutting, parallel synthesis, release in order.
/// Sentences go back to the call as they are ready; a failing model yields the fallback line instead
/// of silence.
/// </summary>
[PreferLocalPlacement]
public sealed class ResponseGrain(
    IChatResponder chat,
    ISpeechSynthesizer synthesizer,
    IOptions<ResponseOptions> options,
    ILogger<ResponseGrain> logger) : Grain, IResponseGrain
{
    private CancellationTokenSource? _running;
    private int _runningAnswerId = -1;

    private string CallSid => this.GetPrimaryKeyString();

    public async Task StartAnswerAsync(AnswerRequest request)
    {
        await CancelRunningAsync();
        var running = new CancellationTokenSource(options.Value.AnswerTimeout);
        _running = running;
        _runningAnswerId = request.AnswerId;
        _ = SpeakAsync(request, running);
    }

    public async Task CancelAsync(int answerId)
    {
        if (answerId == _runningAnswerId)
        {
            await CancelRunningAsync();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        await CancelRunningAsync();

    private async Task CancelRunningAsync()
    {
        if (_running is { } running)
        {
            _running = null;
            _runningAnswerId = -1;
            await running.CancelAsync();
        }
    }

    private async Task SpeakAsync(AnswerRequest request, CancellationTokenSource running)
    {
        var call = GrainFactory.GetGrain<ICallPipelineGrain>(CallSid);
        var spoken = new List<string>();
        var end = AnswerEnd.Completed;
        try
        {
            var sentences = request.FixedText is { } text
                ? SentenceStream.SplitAsync(Once(text), running.Token)
                : SentenceStream.SplitAsync(chat.StreamReplyAsync(ToChat(request.Conversation), running.Token), running.Token);
            end = await ReleaseInOrderAsync(request.AnswerId, sentences, call, spoken, running.Token);
        }
        catch (OperationCanceledException) when (running.IsCancellationRequested)
        {
            end = AnswerEnd.Cancelled;
            logger.AnswerCancelled(CallSid, request.AnswerId);
        }
        catch (Exception error)
        {
            logger.AnswerFailed(CallSid, request.AnswerId, error);
            end = spoken.Count == 0 && !running.IsCancellationRequested
                ? await SpeakFallbackAsync(request.AnswerId, call, spoken, running.Token)
                : AnswerEnd.Completed;
        }
        finally
        {
            if (ReferenceEquals(_running, running))
            {
                _running = null;
                _runningAnswerId = -1;
            }

            running.Dispose();
        }

        await call.OnAnswerFinishedAsync(new AnswerOutcome(request.AnswerId, end, spoken));
    }

    private async Task<AnswerEnd> SpeakFallbackAsync(int answerId, ICallPipelineGrain call, List<string> spoken, CancellationToken cancellationToken)
    {
        try
        {
            await ReleaseInOrderAsync(answerId, SentenceStream.SplitAsync(Once(options.Value.FallbackLine), cancellationToken), call, spoken, cancellationToken);
            return AnswerEnd.FellBack;
        }
        catch (Exception error)
        {
            logger.AnswerFailed(CallSid, answerId, error);
            return AnswerEnd.Cancelled;
        }
    }

    private async Task<AnswerEnd> ReleaseInOrderAsync(
        int answerId, IAsyncEnumerable<string> sentences, ICallPipelineGrain call, List<string> spoken, CancellationToken cancellationToken)
    {
        var synthesis = new OrderedSynthesis(
            synthesizer.SynthesizeAsync,
            options.Value.MaxParallelSynthesis,
            options.Value.SynthesisAttempts,
            (index, text, error) => logger.SentenceSkipped(CallSid, answerId, index, error));
        await foreach (var sentence in synthesis.RunAsync(sentences, cancellationToken))
        {
            if (sentence.Mulaw is { } audio)
            {
                await call.OnAnswerSentenceReadyAsync(new AnswerSentence(answerId, spoken.Count, sentence.Text, audio));
                spoken.Add(sentence.Text);
            }
        }

        return AnswerEnd.Completed;
    }

    private static List<ChatMessage> ToChat(IReadOnlyList<ConversationTurn> conversation) =>
        conversation.Select(turn => new ChatMessage(turn.Speaker == Speaker.Caller ? ChatRole.User : ChatRole.Assistant, turn.Text)).ToList();

    private static async IAsyncEnumerable<string> Once(string text)
    {
        await Task.CompletedTask;
        yield return text;
    }
}
