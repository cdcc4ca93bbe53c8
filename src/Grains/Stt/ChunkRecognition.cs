using System.Threading.Channels;
using GrandBy.Grains.Calls;
using GrandBy.Grains.Diagnostics;
using GrandBy.Providers.Transcription;
using Microsoft.Extensions.Logging;

namespace GrandBy.Grains.Stt;

/// <summary>
/// Chunk mode: utterances found by <see cref="UtteranceDetector"/> are transcribed one at a time, in
/// order, by the batch recogniser. <see cref="Push"/> only detects and queues, so the audio path never
/// waits for a transcription.
/// </summary>
internal sealed class ChunkRecognition
{
    private const int Attempts = 2;
    private readonly ISpeechTranscriber _transcriber;
    private readonly UtteranceDetector _detector;
    private readonly RetainedAudio _audio;
    private readonly Func<RecognizedSpeech, Task> _onRecognized;
    private readonly ILogger _logger;
    private readonly string _callSid;
    private readonly Channel<PendingUtterance> _queue = Channel.CreateUnbounded<PendingUtterance>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _worker;

    public ChunkRecognition(
        ISpeechTranscriber transcriber, SttOptions options, long startPosition, Func<RecognizedSpeech, Task> onRecognized, ILogger logger, string callSid, CancellationToken lifetime)
    {
        _transcriber = transcriber;
        _detector = new UtteranceDetector(options, startPosition);
        _audio = new RetainedAudio(startPosition);
        _onRecognized = onRecognized;
        _logger = logger;
        _callSid = callSid;
        _worker = TranscribeAllAsync(lifetime);
    }

    public void Push(ReadOnlySpan<byte> audio)
    {
        _audio.Append(audio);
        foreach (var utterance in _detector.Push(audio))
        {
            Enqueue(utterance);
        }

        _audio.DiscardBefore(_detector.RetainFrom);
    }

    /// <summary>Ends the audio and waits until every queued utterance was transcribed (or the timeout passed).</summary>
    public async Task CompleteAsync(TimeSpan timeout)
    {
        if (_detector.Flush() is { } utterance)
        {
            Enqueue(utterance);
        }

        _queue.Writer.TryComplete();
        await Task.WhenAny(_worker, Task.Delay(timeout));
    }

    private void Enqueue(Utterance utterance) =>
        _queue.Writer.TryWrite(new PendingUtterance(utterance, _audio.Between(utterance.Start, utterance.End).ToArray()));

    private async Task TranscribeAllAsync(CancellationToken cancellationToken)
    {
        await foreach (var pending in _queue.Reader.ReadAllAsync(cancellationToken))
        {
            if (await TranscribeAsync(pending, cancellationToken) is { Length: > 0 } text)
            {
                await _onRecognized(new RecognizedSpeech(text, IsFinal: true, Confidence: 1, TimeSpan.FromSeconds(pending.Utterance.End / 8000.0)));
            }
        }
    }

    private async Task<string?> TranscribeAsync(PendingUtterance pending, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await _transcriber.TranscribeAsync(pending.Audio, cancellationToken)).Trim();
            }
            catch (SpeechTranscriptionException error) when (attempt < Attempts)
            {
                _logger.TranscriptionRetried(_callSid, error);
            }
            catch (Exception error) when (error is SpeechTranscriptionException or InvalidOperationException)
            {
                _logger.UtteranceLost(_callSid, pending.Utterance.Start / 8000.0, pending.Utterance.End / 8000.0, error);
                return null;
            }
        }
    }

    private sealed record PendingUtterance(Utterance Utterance, byte[] Audio);
}
