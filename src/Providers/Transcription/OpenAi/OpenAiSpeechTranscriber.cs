using System.ClientModel;
using System.Diagnostics;
using System.Text.Json;
using GrandBy.Providers.Diagnostics;
using GrandBy.Providers.Transcription.Wave;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI.Audio;

namespace GrandBy.Providers.Transcription.OpenAi;

/// <summary>Whisper on Azure OpenAI or an OpenAI-compatible endpoint: one utterance as a mu-law WAV, text back.</summary>
internal sealed class OpenAiSpeechTranscriber : ISpeechTranscriber
{
    private const string FileName = "utterance.wav";
    private const int MaxReasonLength = 200;

    private readonly TranscriptionOptions _options;
    private readonly AudioClient _client;
    private readonly ProvidersMetrics _metrics;
    private readonly ILogger<OpenAiSpeechTranscriber> _logger;
    private readonly TimeSpan _deadline;

    public OpenAiSpeechTranscriber(IOptions<TranscriptionOptions> options, ProvidersMetrics metrics, ILogger<OpenAiSpeechTranscriber> logger)
    {
        _options = options.Value;
        _client = AudioClientFactory.Create(_options);
        _metrics = metrics;
        _logger = logger;
        _deadline = _options.Timeout * (_options.MaxRetries + 1);
        logger.TranscriberCreated(_options.Provider.ToString(), AudioClientFactory.ModelOf(_options), _options.Endpoint!);
    }

    public async Task<string> TranscribeAsync(ReadOnlyMemory<byte> mulaw, CancellationToken cancellationToken)
    {
        if (mulaw.IsEmpty)
        {
            throw new ArgumentException("There is no audio to transcribe.", nameof(mulaw));
        }

        var started = Stopwatch.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_deadline);
        using var wave = new MemoryStream(MulawWaveWriter.Write(mulaw.Span), writable: false);
        try
        {
            var result = await _client.TranscribeAudioAsync(wave, FileName, CreateTranscriptionOptions(), deadline.Token).ConfigureAwait(false);
            var text = result.Value.Text?.Trim() ?? string.Empty;
            var elapsed = Stopwatch.GetElapsedTime(started);
            _metrics.SttTranscriptionCompleted(elapsed, succeeded: true);
            _logger.TranscriptionCompleted(mulaw.Length, text.Length, (long)elapsed.TotalMilliseconds);
            return text;
        }
        catch (Exception exception) when (exception is ClientResultException or AggregateException or JsonException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException("Transcription was cancelled.", exception, cancellationToken);
            }

            throw Fail(started, Translate(exception));
        }
    }

    /// <summary>
    /// The SDK's retry policy throws an <see cref="AggregateException"/> of every try once it gives up
    /// (e.g. each try timed out); the last try decides what the caller is told.
    /// </summary>
    private SpeechTranscriptionException Translate(Exception exception)
    {
        if (exception is AggregateException { InnerExceptions: [.., var last] } aggregate)
        {
            if (aggregate.InnerExceptions.All(inner => inner is OperationCanceledException))
            {
                return TimedOut(aggregate);
            }

            var lastTry = Translate(last);
            return new SpeechTranscriptionException($"{lastTry.Message} (after {aggregate.InnerExceptions.Count} tries)", lastTry.HttpStatus, aggregate);
        }

        return exception switch
        {
            ClientResultException { Status: 0 } unreachable => new SpeechTranscriptionException(
                $"Transcription at {_options.Endpoint} could not be reached: {unreachable.InnerException?.Message ?? unreachable.Message}",
                innerException: unreachable),
            ClientResultException failed => new SpeechTranscriptionException(
                $"Transcription failed (HTTP {failed.Status}): {ReasonOf(failed)}",
                failed.Status,
                failed),
            OperationCanceledException => TimedOut(exception),
            JsonException unreadable => new SpeechTranscriptionException(
                $"Transcription answered with an unreadable body: {unreadable.Message}",
                innerException: unreadable),
            _ => new SpeechTranscriptionException($"Transcription failed: {exception.Message}", innerException: exception),
        };
    }

    private SpeechTranscriptionException TimedOut(Exception exception) => new(
        $"Transcription did not answer within {_options.Timeout} per try ({_options.MaxRetries} retries allowed).",
        innerException: exception);

    private AudioTranscriptionOptions CreateTranscriptionOptions() => new()
    {
        Language = string.IsNullOrWhiteSpace(_options.Language) ? null : _options.Language,
        Prompt = string.IsNullOrWhiteSpace(_options.Prompt) ? null : _options.Prompt,
        ResponseFormat = AudioTranscriptionFormat.Simple,
    };

    /// <summary>The provider's <c>error.message</c>, not the SDK's message, which carries the whole body and response headers.</summary>
    private static string ReasonOf(ClientResultException exception)
    {
        var body = exception.GetRawResponse()?.Content;
        if (body is null || body.ToMemory().IsEmpty)
        {
            return exception.GetRawResponse()?.ReasonPhrase ?? "no details";
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String)
            {
                return Truncate(message.GetString()!);
            }
        }
        catch (JsonException)
        {
            return Truncate(body.ToString());
        }

        return Truncate(body.ToString());
    }

    private static string Truncate(string text) => text.Length > MaxReasonLength ? text[..MaxReasonLength] : text;

    private SpeechTranscriptionException Fail(long started, SpeechTranscriptionException exception)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        _metrics.SttTranscriptionCompleted(elapsed, succeeded: false);
        _logger.TranscriptionFailed((long)elapsed.TotalMilliseconds, exception.HttpStatus ?? 0, exception.Message);
        return exception;
    }
}
