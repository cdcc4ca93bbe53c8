using Grpc.Core;

namespace GrandBy.SpeechEmulator.Streaming;

/// <summary>The statuses Google's StreamingRecognize fails with, worded as Google words them where known.</summary>
internal static class SpeechErrors
{
    public static RpcException AudioBeforeConfig() => Invalid(
        "Invalid streaming request: the first request must carry streaming_config; audio_content may only follow it.");

    public static RpcException EmptyRequest() => Invalid(
        "Invalid streaming request: a request must carry streaming_config or audio_content.");

    public static RpcException SecondConfig() => Invalid(
        "Invalid streaming request: streaming_config may only be sent in the first request.");

    public static RpcException MissingConfig() => Invalid("Invalid recognition 'config': config is required.");

    public static RpcException MissingLanguage() => Invalid("Invalid recognition 'config': language_code is required.");

    public static RpcException UnsupportedAudio(string encoding, int sampleRateHertz) => Invalid(
        $"Invalid recognition 'config': this emulator recognises only MULAW audio at 8000 Hz, not {encoding} at {sampleRateHertz} Hz.");

    public static RpcException UnsupportedModel(string languageCode) => Invalid(
        $"Invalid recognition 'config': The requested model is currently not supported for language : {languageCode}.");

    public static RpcException SingleUtteranceNotSupported(string model) => Invalid(
        $"Invalid recognition 'config': single_utterance is only supported with the command_and_search model, the phone_call model with use_enhanced, or no model (got '{model}').");

    public static RpcException RequestTooLarge(int bytes, int maxBytes) => Invalid(
        $"Request audio_content of {bytes} bytes exceeds the maximum of {maxBytes} bytes per streaming request.");

    public static RpcException StreamTooLong(TimeSpan limit) => new(new Status(
        StatusCode.OutOfRange, $"Exceeded maximum allowed stream duration of {limit.TotalSeconds:0.###} seconds."));

    public static RpcException AudioTimeout() => new(new Status(
        StatusCode.OutOfRange, "Audio Timeout Error: Long duration elapsed without audio. Audio should be sent close to real time."));

    public static RpcException ShuttingDown() => new(new Status(StatusCode.Unavailable, "The speech emulator is shutting down."));

    /// <summary>What Google says with a status when it gives no detail of its own.</summary>
    public static string DefaultMessage(StatusCode code) => code switch
    {
        StatusCode.Unavailable => "The service is currently unavailable.",
        StatusCode.Internal => "Internal error encountered.",
        StatusCode.DeadlineExceeded => "Deadline Exceeded",
        _ => $"Injected fault: {code}.",
    };

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
