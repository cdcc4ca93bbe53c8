using System.Diagnostics.Metrics;

namespace GrandBy.Providers.Diagnostics;

/// <summary>The instruments of the provider clients, on the meter <see cref="MeterName"/>.</summary>
public sealed class ProvidersMetrics
{
    public const string MeterName = "GrandBy.Providers";

    private readonly Counter<long> _sttStreamsOpened;
    private readonly Counter<long> _sttStreamErrors;
    private readonly Histogram<double> _sttTranscriptionDuration;
    private readonly Histogram<double> _ttsDuration;
    private readonly Histogram<double> _llmTimeToFirstToken;
    private readonly Counter<long> _llmErrors;

    public ProvidersMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _sttStreamsOpened = meter.CreateCounter<long>("grandby.stt.streams_opened", "{stream}", "Speech recognition streams opened.");
        _sttStreamErrors = meter.CreateCounter<long>("grandby.stt.stream_errors", "{error}", "Speech recognition streams ended by a provider error.");
        _sttTranscriptionDuration = meter.CreateHistogram<double>("grandby.stt.transcription.duration", "s", "Time to transcribe one utterance in chunk mode.");
        _ttsDuration = meter.CreateHistogram<double>("grandby.tts.duration", "s", "Time to synthesise one text.");
        _llmTimeToFirstToken = meter.CreateHistogram<double>("grandby.llm.time_to_first_token", "s", "Time from request to the first reply text.");
        _llmErrors = meter.CreateCounter<long>("grandby.llm.errors", "{error}", "Chat replies that failed.");
    }

    internal void SttStreamOpened() => _sttStreamsOpened.Add(1);

    internal void SttStreamFailed(string kind) => _sttStreamErrors.Add(1, new KeyValuePair<string, object?>("error.type", kind));

    internal void SttTranscriptionCompleted(TimeSpan elapsed, bool succeeded) =>
        _sttTranscriptionDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "failure"));

    internal void TtsCompleted(TimeSpan elapsed, bool succeeded) =>
        _ttsDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "failure"));

    internal void LlmFirstToken(TimeSpan elapsed) => _llmTimeToFirstToken.Record(elapsed.TotalSeconds);

    internal void LlmFailed(string kind) => _llmErrors.Add(1, new KeyValuePair<string, object?>("error.type", kind));
}
