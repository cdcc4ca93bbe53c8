using GrandBy.SpeechEmulator.Hosting;
using GrandBy.SpeechEmulator.Recognition;
using Google.Cloud.Speech.V1;
using Google.Protobuf.WellKnownTypes;
using static Google.Cloud.Speech.V1.StreamingRecognizeResponse.Types;

namespace GrandBy.SpeechEmulator.Streaming;

/// <summary>
/// One StreamingRecognize call after its config: turns clip matches into Google's responses and keeps
/// the stream's audio-time limits. Time here is audio time, bytes / 8000, so results are reproducible.
/// </summary>
internal sealed class RecognitionSession
{
    private const long TicksPerByte = TimeSpan.TicksPerSecond / 8000;

    private readonly StreamingRecognitionConfig _config;
    private readonly SpeechEmulatorOptions _options;
    private readonly StreamingClipMatcher _matcher;
    private readonly long _maxStreamBytes;
    private readonly string _resultLanguageCode;
    private readonly List<ClipMatchEvent> _events = [];
    private string _lastInterim = string.Empty;

    private RecognitionSession(StreamingRecognitionConfig config, ClipMatcher matcher, SpeechEmulatorOptions options)
    {
        _config = config;
        _options = options;
        _matcher = matcher.CreateStream((int)Math.Max(1, options.EndpointSilence.Ticks / TicksPerByte), config.Config.LanguageCode);
        _maxStreamBytes = options.MaxStreamDuration.Ticks / TicksPerByte;

        // Google reports the result language in lower case ("ko-kr").
        _resultLanguageCode = config.Config.LanguageCode.ToLowerInvariant();
    }

    /// <summary>False after a single-utterance final: later audio is counted but not recognised.</summary>
    public bool Recognising { get; private set; } = true;

    public long AudioBytes { get; private set; }

    /// <summary>True once the stream carried more audio than MaxStreamDuration allows.</summary>
    public bool ExceededDuration => AudioBytes > _maxStreamBytes;

    public static RecognitionSession Start(StreamingRecognitionConfig config, ClipMatcher matcher, SpeechEmulatorOptions options)
    {
        StreamingConfigValidator.Validate(config, options);
        return new RecognitionSession(config, matcher, options);
    }

    /// <summary>Throws INVALID_ARGUMENT for an <c>audio_content</c> over <see cref="SpeechEmulatorOptions.MaxRequestBytes"/>.</summary>
    public void CheckRequestSize(int bytes)
    {
        if (bytes > _options.MaxRequestBytes)
        {
            throw SpeechErrors.RequestTooLarge(bytes, _options.MaxRequestBytes);
        }
    }

    /// <summary>The stream position this much more audio would bring recognition to, at most the duration limit.</summary>
    public long RecognisableEnd(int requestBytes) => Math.Min(AudioBytes + requestBytes, _maxStreamBytes);

    /// <summary>Recognises the audio up to the duration limit, adding responses in the order Google sends them.</summary>
    public void AcceptAudio(ReadOnlySpan<byte> audio, ICollection<StreamingRecognizeResponse> responses) =>
        AcceptAudio(audio, long.MaxValue, responses);

    /// <summary>As <see cref="AcceptAudio(ReadOnlySpan{byte}, ICollection{StreamingRecognizeResponse})"/>, recognising nothing at or after stream byte <paramref name="stopAt"/>.</summary>
    public void AcceptAudio(ReadOnlySpan<byte> audio, long stopAt, ICollection<StreamingRecognizeResponse> responses)
    {
        CheckRequestSize(audio.Length);
        var allowed = (int)Math.Clamp(Math.Min(_maxStreamBytes, stopAt) - AudioBytes, 0, audio.Length);
        AudioBytes += audio.Length;
        if (Recognising && allowed > 0)
        {
            _matcher.Feed(audio[..allowed], _events);
            Translate(responses);
        }
    }

    /// <summary>The client half-closed: finalises the utterance in progress.</summary>
    public void Complete(ICollection<StreamingRecognizeResponse> responses)
    {
        if (Recognising)
        {
            _matcher.Complete(_events);
            Translate(responses);
        }
    }

    private void Translate(ICollection<StreamingRecognizeResponse> responses)
    {
        foreach (var matchEvent in _events)
        {
            if (!Recognising)
            {
                break;
            }

            switch (matchEvent.Kind)
            {
                case ClipMatchEventKind.Started:
                    AddSpeechEvent(SpeechEventType.SpeechActivityBegin, matchEvent.Match.StreamStart, responses);
                    AddInterim(matchEvent.Match, responses);
                    break;
                case ClipMatchEventKind.Progressed:
                    AddInterim(matchEvent.Match, responses);
                    break;
                case ClipMatchEventKind.Ended:
                    AddFinal(matchEvent.Match, responses);
                    break;
            }
        }

        _events.Clear();
    }

    private void AddInterim(ClipMatch match, ICollection<StreamingRecognizeResponse> responses)
    {
        var transcript = ClipTranscript.Heard(match, _config.Config.EnableAutomaticPunctuation);
        if (!_config.InterimResults || transcript.Length == 0 || transcript == _lastInterim)
        {
            return;
        }

        _lastInterim = transcript;
        var result = NewResult(transcript, match);
        result.Stability = ClipTranscript.Stability(match);
        responses.Add(new StreamingRecognizeResponse { Results = { result } });
    }

    private void AddFinal(ClipMatch match, ICollection<StreamingRecognizeResponse> responses)
    {
        _lastInterim = string.Empty;
        AddSpeechEvent(SpeechEventType.SpeechActivityEnd, match.StreamEnd, responses);
        var transcript = ClipTranscript.Heard(match, _config.Config.EnableAutomaticPunctuation);
        if (transcript.Length == 0)
        {
            return;
        }

        var result = NewResult(transcript, match);
        result.IsFinal = true;
        result.Alternatives[0].Confidence = _options.Confidence;
        responses.Add(new StreamingRecognizeResponse { Results = { result } });
        if (_config.SingleUtterance)
        {
            Recognising = false;
            responses.Add(new StreamingRecognizeResponse
            {
                SpeechEventType = SpeechEventType.EndOfSingleUtterance,
                SpeechEventTime = AudioTime(match.StreamEnd),
            });
        }
    }

    private StreamingRecognitionResult NewResult(string transcript, ClipMatch match) => new()
    {
        Alternatives = { new SpeechRecognitionAlternative { Transcript = transcript } },
        ResultEndTime = AudioTime(match.StreamEnd),
        LanguageCode = _resultLanguageCode,
    };

    private void AddSpeechEvent(SpeechEventType type, long streamPosition, ICollection<StreamingRecognizeResponse> responses)
    {
        if (_config.EnableVoiceActivityEvents)
        {
            responses.Add(new StreamingRecognizeResponse { SpeechEventType = type, SpeechEventTime = AudioTime(streamPosition) });
        }
    }

    private static Duration AudioTime(long bytes) => Duration.FromTimeSpan(TimeSpan.FromTicks(bytes * TicksPerByte));
}
