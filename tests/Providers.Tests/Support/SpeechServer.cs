using Google.Cloud.Speech.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace GrandBy.Providers.Tests.Support;

internal static class SpeechServer
{
    /// <summary>Plaintext gRPC needs HTTP/2 only: with HTTP/1.1 allowed as well the client fails with HTTP_1_1_REQUIRED.</summary>
    public static Task<LoopbackServer> StartAsync(
        Func<IAsyncStreamReader<StreamingRecognizeRequest>, IServerStreamWriter<StreamingRecognizeResponse>, ServerCallContext, Task> handler) =>
        LoopbackServer.StartAsync(
            app => app.MapGrpcService<FakeSpeechService>(),
            HttpProtocols.Http2,
            services => services.AddSingleton(new SpeechScript(handler)).AddGrpc());

    /// <summary>Reads requests until the client half-closes.</summary>
    public static async Task DrainAsync(IAsyncStreamReader<StreamingRecognizeRequest> requests, CancellationToken cancellationToken)
    {
        while (await requests.MoveNext(cancellationToken))
        {
            _ = requests.Current;
        }
    }
}
