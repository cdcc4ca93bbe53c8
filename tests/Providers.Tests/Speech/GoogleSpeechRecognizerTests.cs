using System.Collections.Concurrent;
using Google.Cloud.Speech.V1;
using Google.Protobuf.WellKnownTypes;
using GrandBy.Providers.Speech;
using GrandBy.Providers.Tests.Support;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace GrandBy.Providers.Tests.Speech;

public sealed class GoogleSpeechRecognizerTests
{
    private readonly CancellationToken _timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;
    private readonly ConcurrentQueue<StreamingRecognizeRequest> _received = new();

    [Fact]
    public async Task Sends_the_mulaw_config_first_then_audio_in_requests_of_at_most_25600_bytes()
    {
        await using var server = await SpeechServer.StartAsync(async (requests, responses, context) =>
        {
            await foreach (var request in requests.ReadAllAsync(context.CancellationToken))
            {
                _received.Enqueue(request);
            }
        });
        using var services = Recognizer(server);

        await using (var stream = await services.GetRequiredService<ISpeechRecognizer>().OpenStreamAsync(SpeechStreamRequest.Default, _timeout))
        {
            await stream.SendAudioAsync(new byte[60_000], _timeout);
            await stream.CompleteAsync(_timeout);
            Assert.Empty(await stream.ReadResultsAsync(_timeout).ToListAsync(_timeout));
        }

        var requests = _received.ToList();
        var config = requests[0].StreamingConfig;
        Assert.Equal(StreamingRecognizeRequest.StreamingRequestOneofCase.StreamingConfig, requests[0].StreamingRequestCase);
        Assert.Equal(
            (RecognitionConfig.Types.AudioEncoding.Mulaw, 8000, 1, "ko-KR", "phone_call", true, 1, true),
            (config.Config.Encoding, config.Config.SampleRateHertz, config.Config.AudioChannelCount, config.Config.LanguageCode,
                config.Config.Model, config.Config.UseEnhanced, config.Config.MaxAlternatives, config.Config.EnableAutomaticPunctuation));
        Assert.Equal((true, false), (config.InterimResults, config.SingleUtterance));
        Assert.Equal([25_600, 25_600, 8_800], requests.Skip(1).Select(request => request.AudioContent.Length));
    }

    [Fact]
    public async Task Reads_interim_and_final_results_with_their_end_times()
    {
        await using var server = await SpeechServer.StartAsync(async (requests, responses, context) =>
        {
            await SpeechServer.DrainAsync(requests, context.CancellationToken);

            await responses.WriteAsync(Response("안녕", isFinal: false, stability: 0.5f, confidence: 0, seconds: 0.8));
            await responses.WriteAsync(new StreamingRecognizeResponse
            {
                SpeechEventType = StreamingRecognizeResponse.Types.SpeechEventType.SpeechActivityEnd,
            });
            await responses.WriteAsync(Response("안녕하세요", isFinal: true, stability: 0, confidence: 0.93f, seconds: 1.5));
        });
        using var services = Recognizer(server);

        await using var stream = await services.GetRequiredService<ISpeechRecognizer>().OpenStreamAsync(SpeechStreamRequest.Default, _timeout);
        await stream.SendAudioAsync(new byte[1_600], _timeout);
        await stream.CompleteAsync(_timeout);
        var results = await stream.ReadResultsAsync(_timeout).ToListAsync(_timeout);

        Assert.Equal(
            [
                new SpeechRecognitionResult("안녕", false, 0.5f, 0, TimeSpan.FromSeconds(0.8), "ko-kr"),
                new SpeechRecognitionResult("안녕하세요", true, 0, 0.93f, TimeSpan.FromSeconds(1.5), "ko-kr"),
            ],
            results);
    }

    [Fact]
    public async Task Stream_duration_limit_surfaces_as_StreamDurationExceeded()
    {
        await using var server = await SpeechServer.StartAsync(async (requests, responses, context) =>
        {
            await requests.MoveNext(context.CancellationToken);
            throw new RpcException(new Status(StatusCode.OutOfRange, "Exceeded maximum allowed stream duration of 305 seconds."));
        });
        using var services = Recognizer(server);

        await using var stream = await services.GetRequiredService<ISpeechRecognizer>().OpenStreamAsync(SpeechStreamRequest.Default, _timeout);
        var error = await Assert.ThrowsAsync<SpeechRecognitionException>(() => stream.ReadResultsAsync(_timeout).ToListAsync(_timeout).AsTask());

        Assert.Equal(
            (SpeechRecognitionErrorKind.StreamDurationExceeded, 11, "Exceeded maximum allowed stream duration of 305 seconds."),
            (error.Kind, error.StatusCode, error.ProviderMessage));
    }

    [Fact]
    public async Task An_error_inside_a_response_surfaces_as_AudioTimeout()
    {
        const string message = "Audio Timeout Error: Long duration elapsed without audio. Audio should be sent close to real time.";
        await using var server = await SpeechServer.StartAsync(async (requests, responses, context) =>
        {
            await requests.MoveNext(context.CancellationToken);
            await responses.WriteAsync(new StreamingRecognizeResponse { Error = new global::Google.Rpc.Status { Code = 11, Message = message } });
        });
        using var services = Recognizer(server);

        await using var stream = await services.GetRequiredService<ISpeechRecognizer>().OpenStreamAsync(SpeechStreamRequest.Default, _timeout);
        var error = await Assert.ThrowsAsync<SpeechRecognitionException>(() => stream.ReadResultsAsync(_timeout).ToListAsync(_timeout).AsTask());

        Assert.Equal((SpeechRecognitionErrorKind.AudioTimeout, 11, message), (error.Kind, error.StatusCode, error.ProviderMessage));
    }

    [Fact]
    public async Task Cancelling_the_open_token_ends_reading_with_OperationCanceledException()
    {
        await using var server = await SpeechServer.StartAsync((requests, responses, context) =>
            SpeechServer.DrainAsync(requests, context.CancellationToken));
        using var services = Recognizer(server);
        using var call = CancellationTokenSource.CreateLinkedTokenSource(_timeout);

        await using var stream = await services.GetRequiredService<ISpeechRecognizer>().OpenStreamAsync(SpeechStreamRequest.Default, call.Token);
        var reading = stream.ReadResultsAsync(_timeout).ToListAsync(_timeout).AsTask();
        await call.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
    }

    [Fact]
    public async Task Sends_the_service_account_token_over_a_loopback_plaintext_channel()
    {
        string? authorization = null;
        await using var tokenServer = await LoopbackServer.StartAsync(FakeServiceAccount.MapTokenEndpoint);
        using var account = FakeServiceAccount.Create(tokenServer.Address);
        await using var server = await SpeechServer.StartAsync(async (requests, responses, context) =>
        {
            authorization = context.RequestHeaders.GetValue("authorization");
            await SpeechServer.DrainAsync(requests, context.CancellationToken);
        });
        using var services = ProviderServices.Build(
            new Dictionary<string, string?> { ["GoogleSpeech:Endpoint"] = server.Address, ["GOOGLE_APPLICATION_CREDENTIALS"] = account.KeyFile },
            collection => collection.AddGoogleSpeechRecognizer());

        await using (var stream = await services.GetRequiredService<ISpeechRecognizer>().OpenStreamAsync(SpeechStreamRequest.Default, _timeout))
        {
            await stream.CompleteAsync(_timeout);
            await stream.ReadResultsAsync(_timeout).ToListAsync(_timeout);
        }

        Assert.Equal($"Bearer {FakeServiceAccount.AccessToken}", authorization);
    }

    private static ServiceProvider Recognizer(LoopbackServer server) =>
        ProviderServices.Build(
            new Dictionary<string, string?> { ["GoogleSpeech:Endpoint"] = server.Address },
            services => services.AddGoogleSpeechRecognizer());

    private static StreamingRecognizeResponse Response(string transcript, bool isFinal, float stability, float confidence, double seconds) => new()
    {
        Results =
        {
            new StreamingRecognitionResult
            {
                Alternatives = { new SpeechRecognitionAlternative { Transcript = transcript, Confidence = confidence } },
                IsFinal = isFinal,
                Stability = stability,
                ResultEndTime = Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds)),
                LanguageCode = "ko-kr",
            },
        },
    };
}
