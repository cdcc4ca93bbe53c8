using Google.Cloud.Speech.V1;
using Grpc.Core;

namespace GrandBy.Providers.Tests.Support;

internal sealed class SpeechScript(
    Func<IAsyncStreamReader<StreamingRecognizeRequest>, IServerStreamWriter<StreamingRecognizeResponse>, ServerCallContext, Task> handler)
{
    public Func<IAsyncStreamReader<StreamingRecognizeRequest>, IServerStreamWriter<StreamingRecognizeResponse>, ServerCallContext, Task> Handler { get; } = handler;
}
