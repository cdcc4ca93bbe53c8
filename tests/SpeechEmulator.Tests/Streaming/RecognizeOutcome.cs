using Google.Cloud.Speech.V1;
using Grpc.Core;

namespace GrandBy.SpeechEmulator.Tests.Streaming;

/// <summary>Everything a StreamingRecognize call returned: its responses and, if it failed, its error.</summary>
internal sealed record RecognizeOutcome(IReadOnlyList<StreamingRecognizeResponse> Responses, RpcException? Error)
{
    public IEnumerable<StreamingRecognitionResult> Interims => Responses.SelectMany(r => r.Results).Where(r => !r.IsFinal);

    public IEnumerable<StreamingRecognitionResult> Finals => Responses.SelectMany(r => r.Results).Where(r => r.IsFinal);
}
