using Google.Cloud.Speech.V1;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace GrandBy.SpeechEmulator.Tests.Streaming;

/// <summary>Drives StreamingRecognize through a real gRPC client over h2c, the way the runtime does.</summary>
internal static class SpeechCall
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static StreamingRecognizeRequest Config(Action<StreamingRecognitionConfig>? customize = null)
    {
        var config = new StreamingRecognitionConfig
        {
            Config = new RecognitionConfig
            {
                Encoding = RecognitionConfig.Types.AudioEncoding.Mulaw,
                SampleRateHertz = 8000,
                LanguageCode = "ko-KR",
                Model = "phone_call",
                UseEnhanced = true,
                MaxAlternatives = 1,
            },
            InterimResults = true,
        };
        customize?.Invoke(config);
        return new StreamingRecognizeRequest { StreamingConfig = config };
    }

    /// <summary>Audio cut into 160-byte frames sent five to a request, as a batching caller would.</summary>
    public static IEnumerable<StreamingRecognizeRequest> Audio(params byte[][] parts) =>
        TestAudio.Batches(TestAudio.Concat(parts), 800).Select(AudioRequest);

    public static StreamingRecognizeRequest AudioRequest(byte[] batch) => new() { AudioContent = ByteString.CopyFrom(batch) };

    public static IEnumerable<StreamingRecognizeRequest> Requests(StreamingRecognizeRequest first, IEnumerable<StreamingRecognizeRequest> rest) =>
        rest.Prepend(first);

    /// <summary>Sends the requests, half-closes and reads to the end (or until the call fails).</summary>
    public static Task<RecognizeOutcome> RunAsync(Uri endpoint, IEnumerable<StreamingRecognizeRequest> requests) =>
        RunAsync(endpoint, requests, halfClose: true);

    public static async Task<RecognizeOutcome> RunAsync(Uri endpoint, IEnumerable<StreamingRecognizeRequest> requests, bool halfClose)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        using var channel = GrpcChannel.ForAddress(endpoint);
        var client = new Speech.SpeechClient(channel);
        using var call = client.StreamingRecognize(cancellationToken: timeout.Token);
        var reading = ReadAllAsync(call.ResponseStream, timeout.Token);

        Exception? writeFailure = null;
        try
        {
            foreach (var request in requests)
            {
                await call.RequestStream.WriteAsync(request, timeout.Token);
            }

            if (halfClose)
            {
                await call.RequestStream.CompleteAsync();
            }
        }
        catch (Exception exception) when (exception is RpcException or InvalidOperationException)
        {
            // The server ended the call while we were still sending; its status arrives on the read side.
            writeFailure = exception;
        }

        var outcome = await reading;
        if (writeFailure is not null && outcome.Error is null)
        {
            throw new InvalidOperationException("Writing failed but the call completed normally.", writeFailure);
        }

        return outcome;
    }

    private static async Task<RecognizeOutcome> ReadAllAsync(
        IAsyncStreamReader<StreamingRecognizeResponse> responses, CancellationToken cancellationToken)
    {
        var received = new List<StreamingRecognizeResponse>();
        try
        {
            while (await responses.MoveNext(cancellationToken))
            {
                received.Add(responses.Current);
            }

            return new RecognizeOutcome(received, null);
        }
        catch (RpcException exception)
        {
            return new RecognizeOutcome(received, exception);
        }
    }
}
