using Google.Cloud.Speech.V1;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace GrandBy.Providers.Tests.Support;

/// <summary>
/// A Speech v1 <c>StreamingRecognize</c> server over the Providers project's message types (bound by hand,
/// so the proto is compiled once). Grpc.AspNetCore only binds virtual methods declared on the
/// binding type, hence not sealed. What it does is the test's <see cref="SpeechScript"/>.
/// </summary>
[BindServiceMethod(typeof(FakeSpeechService), nameof(BindService))]
internal class FakeSpeechService(SpeechScript script)
{
    private static readonly Method<StreamingRecognizeRequest, StreamingRecognizeResponse> StreamingRecognizeMethod = new(
        MethodType.DuplexStreaming,
        "google.cloud.speech.v1.Speech",
        "StreamingRecognize",
        Marshallers.Create(message => message.ToByteArray(), StreamingRecognizeRequest.Parser.ParseFrom),
        Marshallers.Create(message => message.ToByteArray(), StreamingRecognizeResponse.Parser.ParseFrom));

    public static void BindService(ServiceBinderBase binder, FakeSpeechService? service) =>
        binder.AddMethod(StreamingRecognizeMethod, (DuplexStreamingServerMethod<StreamingRecognizeRequest, StreamingRecognizeResponse>?)null);

    public virtual Task StreamingRecognize(
        IAsyncStreamReader<StreamingRecognizeRequest> requests,
        IServerStreamWriter<StreamingRecognizeResponse> responses,
        ServerCallContext context) =>
        script.Handler(requests, responses, context);
}
