using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GrandBy.Calls;
using GrandBy.Grains.Diagnostics;
using GrandBy.Grains.Response;
using GrandBy.Grains.Stt;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace GrandBy.Grains.Calls;

/// <summary>
/// Owns one call: who is attached, the conversation, and the ordered stream of what to send to the
/// caller. The conversation is checkpointed at turn boundaries, never in OnDeactivateAsync, because
/// two activations can briefly coexist during a shutdown.
/// </summary>
public sealed class CallGrain(
    [PersistentState("call", CallStorage.Name)] IPersistentState<CallState> state,
    IOptions<CallOptions> options,
    CallMetrics metrics,
    TimeProvider clock,
    ILogger<CallGrain> logger) : Grain, ICallGrain, ICallPipelineGrain
{
    private Channel<OutboundEvent>? _outbound;
    private AnswerInProgress? _answer;
    private readonly Dictionary<int, AnswerInProgress> _spokenAnswers = [];
    private IGrainTimer? _reattachTimer;
    private bool _inputGated;

    private string CallSid => this.GetPrimaryKeyString();

    private CallState Call => state.State;

    private ISttSessionGrain Stt => GrainFactory.GetGrain<ISttSessionGrain>(CallSid);

    private IResponseGrain Response => GrainFactory.GetGrain<IResponseGrain>(CallSid);

    public async Task<CallAttachment> AttachAsync(MediaStreamStart start)
    {
        if (Call.Status == CallStatus.Ended)
        {
            throw new InvalidOperationException($"Call {CallSid} has ended; stream {start.StreamSid} cannot attach.");
        }

        var resumed = Call.Status != CallStatus.New;
        Call.Epoch++;
        Call.StreamSid = start.StreamSid;
        Call.AccountSid = start.AccountSid;
        Call.Parameters = new Dictionary<string, string>(start.CustomParameters);
        Call.Status = CallStatus.Active;
        Call.StartedAt ??= clock.GetUtcNow();
        _reattachTimer?.Dispose();
        _reattachTimer = null;

        _outbound?.Writer.TryComplete();
        _outbound = Channel.CreateUnbounded<OutboundEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        await state.WriteStateAsync();
        await Stt.StartAsync();

        logger.StreamAttached(CallSid, start.StreamSid, Call.Epoch, resumed);
        if (!resumed)
        {
            metrics.CallStarted();
            await StartAnswerAsync(fixedText: options.Value.Greeting);
        }

        return new CallAttachment(Call.Epoch, resumed);
    }

    public async Task<bool> PushAudioAsync(InboundAudio audio)
    {
        if (audio.Epoch != Call.Epoch || Call.Status != CallStatus.Active)
        {
            return false;
        }

        await Stt.PushAudioAsync(audio.Mulaw);
        return true;
    }

    public async Task OnMarkEchoedAsync(int epoch, string markName)
    {
        if (epoch != Call.Epoch || !AnswerMarks.TryParse(markName, out var answerId, out var index))
        {
            logger.UnknownMarkEchoed(CallSid, markName, epoch);
            return;
        }

        if (_spokenAnswers.TryGetValue(answerId, out var answer))
        {
            answer.MarkPlayed(index);
            if (answer.TurnIndex is { } turnIndex)
            {
                Call.Turns[turnIndex] = Call.Turns[turnIndex] with { Sentences = answer.Sentences };
            }

            if (_inputGated && answer.TurnIndex is not null && answer.AllPlayed)
            {
                _inputGated = false;
                await Stt.SetInputGatedAsync(false);
            }
        }
    }

    public Task OnDtmfAsync(int epoch, string digit)
    {
        logger.DtmfReceived(CallSid, digit);
        return Task.CompletedTask;
    }

    public async Task OnStreamEndedAsync(int epoch, StreamEndReason reason)
    {
        if (epoch != Call.Epoch || Call.Status == CallStatus.Ended)
        {
            return;
        }

        logger.StreamEnded(CallSid, epoch, reason);
        if (reason == StreamEndReason.Disconnected)
        {
            Call.Status = CallStatus.Detached;
            _outbound?.Writer.TryComplete();
            await state.WriteStateAsync();
            _reattachTimer = this.RegisterGrainTimer(
                EndIfStillDetachedAsync, new GrainTimerCreationOptions(options.Value.ReattachGrace, Timeout.InfiniteTimeSpan));
            return;
        }

        await EndCallAsync();
    }

    public async IAsyncEnumerable<OutboundEvent> ReadOutboundAsync(
        int epoch, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (epoch != Call.Epoch || _outbound is null)
        {
            yield break;
        }

        var reader = _outbound.Reader;
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            while (reader.TryRead(out var outbound))
            {
                yield return outbound;
            }
        }
    }

    public Task<CallSnapshot> GetSnapshotAsync() => Task.FromResult(new CallSnapshot(
        CallSid, Call.Status, Call.Epoch, Call.StartedAt, Call.EndedAt, Call.Turns.ToList()));

    public async Task OnSpeechRecognizedAsync(RecognizedSpeech speech)
    {
        if (!speech.IsFinal || string.IsNullOrWhiteSpace(speech.Transcript))
        {
            return;
        }

        logger.CallerSaid(CallSid, speech.Transcript, speech.Confidence);
        metrics.CallerUtterance();
        if (Call.Status == CallStatus.Ended)
        {
            AddTurn(Speaker.Caller, speech.Transcript, []);
            await state.WriteStateAsync();
            return;
        }
        if (_answer is not null)
        {
            await Response.CancelAsync(_answer.AnswerId);
            if (_answer.HasAudio)
            {
                _outbound?.Writer.TryWrite(OutboundEvent.Clear);
            }

            CloseAnswer(_answer);
        }

        AddTurn(Speaker.Caller, speech.Transcript, []);
        await state.WriteStateAsync();
        await StartAnswerAsync(fixedText: null);
    }

    public async Task OnAnswerSentenceReadyAsync(AnswerSentence sentence)
    {
        if (_answer is not { } answer || answer.AnswerId != sentence.AnswerId || _outbound is null)
        {
            return;
        }

        if (options.Value.EchoGate && !_inputGated)
        {
            _inputGated = true;
            await Stt.SetInputGatedAsync(true);
        }

        if (!answer.HasAudio)
        {
            metrics.FirstAnswerAudio(clock.GetUtcNow() - answer.RequestedAt);
        }

        answer.AddSentence(sentence.Text);
        logger.AgentSentenceReady(CallSid, sentence.AnswerId, sentence.Index, sentence.Text);
        _outbound.Writer.TryWrite(OutboundEvent.Audio(sentence.Mulaw));
        _outbound.Writer.TryWrite(OutboundEvent.Mark(AnswerMarks.Name(sentence.AnswerId, sentence.Index)));
    }

    public async Task OnAnswerFinishedAsync(AnswerOutcome outcome)
    {
        if (_answer is not { } answer || answer.AnswerId != outcome.AnswerId)
        {
            return;
        }

        logger.AnswerFinished(CallSid, outcome.AnswerId, outcome.End, outcome.Sentences.Count);
        CloseAnswer(answer);
        await state.WriteStateAsync();
        if (_inputGated && answer.AllPlayed)
        {
            _inputGated = false;
            await Stt.SetInputGatedAsync(false);
        }
    }

    private async Task StartAnswerAsync(string? fixedText)
    {
        var answerId = Call.NextAnswerId++;
        _answer = new AnswerInProgress(answerId, clock.GetUtcNow());
        _spokenAnswers[answerId] = _answer;
        await Response.StartAnswerAsync(new AnswerRequest(answerId, Call.Turns.ToList(), fixedText));
    }

    private void CloseAnswer(AnswerInProgress answer)
    {
        if (answer.HasAudio)
        {
            answer.TurnIndex = AddTurn(Speaker.Agent, answer.Text, answer.Sentences);
        }

        _answer = null;
    }

    private int AddTurn(Speaker speaker, string text, IReadOnlyList<SpokenSentence> sentences)
    {
        Call.Turns.Add(new ConversationTurn(Call.Turns.Count, speaker, text, clock.GetUtcNow(), sentences));
        return Call.Turns.Count - 1;
    }

    private async Task EndIfStillDetachedAsync(CancellationToken cancellationToken)
    {
        if (Call.Status == CallStatus.Detached)
        {
            logger.ReattachGraceExpired(CallSid);
            await EndCallAsync();
        }
    }

    private async Task EndCallAsync()
    {
        _reattachTimer?.Dispose();
        _reattachTimer = null;
        if (_answer is not null)
        {
            await Response.CancelAsync(_answer.AnswerId);
            CloseAnswer(_answer);
        }

        await Stt.StopAsync();
        Call.Status = CallStatus.Ended;
        Call.EndedAt = clock.GetUtcNow();
        _outbound?.Writer.TryWrite(OutboundEvent.HangUp);
        _outbound?.Writer.TryComplete();
        await state.WriteStateAsync();
        metrics.CallEnded();
        logger.CallEnded(CallSid, Call.Turns.Count);
        DeactivateOnIdle();
    }
}
