using System.Buffers.Binary;
using System.Diagnostics.Metrics;
using GrandBy.Providers.Synthesis.Wave;
using GrandBy.Providers.Tests.Support;
using GrandBy.Providers.Transcription;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrandBy.Providers.Tests.Transcription;

public sealed class OpenAiSpeechTranscriberTests
{
    private const string AzurePath = "/openai/deployments/whisper-test/audio/transcriptions";
    private const string OpenAiPath = "/v1/audio/transcriptions";
    private const string ApiKey = "test-key-0123456789";
    private const string Transcript = "네, 잘 잤어요. 아침도 먹었어요.";

    private readonly CancellationToken _timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;
    private readonly byte[] _audio = TestWave.Samples(1_601);
    private readonly CapturingLoggerProvider _logs = new();

    private ReceivedRequest? _received;

    [Fact]
    public async Task Posts_the_utterance_to_the_azure_deployment_as_a_mulaw_wav_and_returns_the_text()
    {
        await using var server = await StartAsync(AzurePath);
        using var services = Transcriber(server.Address, ("Transcription:Deployment", "whisper-test"));

        var text = await services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(_audio, _timeout);

        Assert.Equal(Transcript, text);
        var request = _received!;
        Assert.Equal((ApiKey, null), (request.ApiKeyHeader, request.Authorization));
        Assert.Equal(("utterance.wav", "whisper-test", "ko", "json"), (request.FileName, request.Model, request.Language, request.ResponseFormat));
        Assert.Null(request.Prompt);
        Assert.StartsWith("?api-version=", request.Query);
        Assert.Equal(RiffWaveParser.MulawFormatTag, BinaryPrimitives.ReadUInt16LittleEndian(request.File.AsSpan(20)));
        Assert.Equal(_audio, RiffWaveParser.ReadMulawData(request.File).ToArray());
    }

    [Fact]
    public async Task Posts_to_an_openai_compatible_endpoint_with_a_bearer_key_model_and_prompt()
    {
        await using var server = await StartAsync(OpenAiPath);
        using var services = Transcriber(
            server.Address + "/v1",
            ("Transcription:Provider", "OpenAI"),
            ("Transcription:Prompt", "어르신, 혈압약"));

        var text = await services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(_audio, _timeout);

        Assert.Equal(Transcript, text);
        var request = _received!;
        Assert.Equal((null, $"Bearer {ApiKey}"), (request.ApiKeyHeader, request.Authorization));
        Assert.Equal(("utterance.wav", "whisper-1", "ko", "어르신, 혈압약"), (request.FileName, request.Model, request.Language, request.Prompt));
        Assert.Equal(_audio, RiffWaveParser.ReadMulawData(request.File).ToArray());
    }

    [Fact]
    public async Task A_401_becomes_a_SpeechTranscriptionException_with_the_status_and_no_key_or_text_is_logged()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapPost(AzurePath, () => Results.Json(
            new { error = new { code = "401", message = "Access denied due to invalid subscription key or wrong API endpoint." } },
            statusCode: 401)));
        using var services = Transcriber(server.Address, ("Transcription:Deployment", "whisper-test"));

        var error = await Assert.ThrowsAsync<SpeechTranscriptionException>(
            () => services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(_audio, _timeout));

        Assert.Equal(401, error.HttpStatus);
        Assert.Equal("Transcription failed (HTTP 401): Access denied due to invalid subscription key or wrong API endpoint.", error.Message);
        Assert.Contains(_logs.Lines, line => line.StartsWith("4402 ", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Records_the_duration_with_its_outcome()
    {
        await using var server = await StartAsync(AzurePath);
        using var services = Transcriber(server.Address, ("Transcription:Deployment", "whisper-test"));
        var meters = services.GetRequiredService<IMeterFactory>();
        var outcomes = new List<string?>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == "grandby.stt.transcription.duration")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, seconds, tags, state) => outcomes.Add(tags[0].Value as string));
        listener.Start();

        await services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(_audio, _timeout);

        Assert.Equal(["success"], outcomes);
    }

    [Fact]
    public async Task The_transcript_is_never_logged()
    {
        await using var server = await StartAsync(AzurePath);
        using var services = Transcriber(server.Address, ("Transcription:Deployment", "whisper-test"));

        await services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(_audio, _timeout);

        Assert.Contains(_logs.Lines, line => line.StartsWith("4401 ", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("잘 잤어요", StringComparison.Ordinal) || line.Contains(ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_silent_server_ends_in_a_timeout_after_every_try_not_later()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapPost(
            AzurePath,
            async (HttpContext context) => await Task.Delay(Timeout.Infinite, context.RequestAborted)));
        using var services = Transcriber(
            server.Address,
            ("Transcription:Deployment", "whisper-test"),
            ("Transcription:Timeout", "00:00:00.500"),
            ("Transcription:MaxRetries", "1"));
        var started = TimeProvider.System.GetTimestamp();

        var error = await Assert.ThrowsAsync<SpeechTranscriptionException>(
            () => services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(_audio, _timeout));

        var elapsed = TimeProvider.System.GetElapsedTime(started);
        Assert.Null(error.HttpStatus);
        Assert.StartsWith("Transcription did not answer within 00:00:00.5000000 per try", error.Message);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(0.4), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_reported_after_the_retry()
    {
        using var services = Transcriber("http://127.0.0.1:1", ("Transcription:Deployment", "whisper-test"), ("Transcription:MaxRetries", "1"));

        var error = await Assert.ThrowsAsync<SpeechTranscriptionException>(
            () => services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(_audio, _timeout));

        Assert.Null(error.HttpStatus);
        Assert.StartsWith("Transcription at http://127.0.0.1:1 could not be reached: ", error.Message);
        Assert.EndsWith(" (after 2 tries)", error.Message);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_stays_an_OperationCanceledException()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(app => app.MapPost(AzurePath, async (HttpContext context) =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }));
        using var services = Transcriber(server.Address, ("Transcription:Deployment", "whisper-test"));
        using var call = CancellationTokenSource.CreateLinkedTokenSource(_timeout);

        var transcribing = services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(_audio, call.Token);
        await arrived.Task.WaitAsync(_timeout);
        await call.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transcribing);
    }

    private Task<LoopbackServer> StartAsync(string path) =>
        LoopbackServer.StartAsync(app => app.MapPost(path, async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var file = form.Files["file"]!;
            using var content = new MemoryStream();
            await file.CopyToAsync(content, context.RequestAborted);
            _received = new ReceivedRequest(
                context.Request.QueryString.Value ?? string.Empty,
                context.Request.Headers["api-key"].FirstOrDefault(),
                context.Request.Headers.Authorization.FirstOrDefault(),
                file.FileName,
                content.ToArray(),
                form["model"].FirstOrDefault(),
                form["language"].FirstOrDefault(),
                form["prompt"].FirstOrDefault(),
                form["response_format"].FirstOrDefault());
            return Results.Json(new { text = Transcript });
        }));

    private ServiceProvider Transcriber(string endpoint, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["Transcription:Endpoint"] = endpoint, ["Transcription:ApiKey"] = ApiKey };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return ProviderServices.Build(settings, services => services
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(_logs))
            .AddSpeechTranscriber());
    }

    private sealed record ReceivedRequest(
        string Query,
        string? ApiKeyHeader,
        string? Authorization,
        string FileName,
        byte[] File,
        string? Model,
        string? Language,
        string? Prompt,
        string? ResponseFormat);
}
