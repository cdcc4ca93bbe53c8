using Google.Cloud.Speech.V1;
using GrandBy.Providers.Configuration;
using GrandBy.Providers.Diagnostics;
using GrandBy.Providers.Google;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Speech.Google;

/// <summary>The one gRPC channel to Google Speech, shared by every stream and disposed with the container.</summary>
internal sealed class GoogleSpeechChannel : IDisposable
{
    private readonly GrpcChannel _channel;

    public GoogleSpeechChannel(IOptions<GoogleSpeechOptions> options, GoogleAccessTokenSource tokens, ILogger<GoogleSpeechChannel> logger)
    {
        var settings = options.Value;
        var plaintext = EndpointRules.IsPlaintext(settings.Endpoint);
        var callCredentials = CreateCallCredentials(settings.CredentialsFile, tokens);
        var transport = plaintext ? ChannelCredentials.Insecure : ChannelCredentials.SecureSsl;

        _channel = GrpcChannel.ForAddress(settings.Endpoint, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                ConnectTimeout = settings.ConnectTimeout,
                EnableMultipleHttp2Connections = true,
                KeepAlivePingDelay = TimeSpan.FromSeconds(30),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            },
            DisposeHttpClient = true,
            Credentials = callCredentials is null ? transport : ChannelCredentials.Create(transport, callCredentials),
            UnsafeUseInsecureChannelCallCredentials = plaintext && callCredentials is not null,
        });
        Client = new global::Google.Cloud.Speech.V1.Speech.SpeechClient(_channel);
        logger.SpeechChannelCreated(settings.Endpoint, callCredentials is not null);
    }

    public global::Google.Cloud.Speech.V1.Speech.SpeechClient Client { get; }

    public void Dispose() => _channel.Dispose();

    private static CallCredentials? CreateCallCredentials(string? credentialsFile, GoogleAccessTokenSource tokens)
    {
        if (string.IsNullOrWhiteSpace(credentialsFile))
        {
            return null;
        }

        return CallCredentials.FromInterceptor(async (context, metadata) =>
        {
            var token = await tokens.GetAccessTokenAsync(credentialsFile, context.CancellationToken).ConfigureAwait(false);
            metadata.Add("authorization", $"Bearer {token}");
        });
    }
}
