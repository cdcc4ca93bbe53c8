using System.Net;
using System.Text.Json.Nodes;
using GrandBy.Providers.Synthesis;
using GrandBy.Providers.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GrandBy.Providers.Tests.Synthesis;

public sealed class GoogleTextToSpeechSynthesizerTests
{
    private const string ExpectedRequest = """
        {"input":{"text":"안녕하세요"},
         "voice":{"languageCode":"ko-KR","name":"ko-KR-Neural2-A"},
         "audioConfig":{"audioEncoding":"MULAW","sampleRateHertz":8000,"speakingRate":1,"pitch":0,"effectsProfileId":["telephony-class-application"]}}
        """;

    private static readonly byte[] Samples = TestWave.Samples(801);

    private readonly CancellationToken _timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;
    private string? _receivedBody;
    private string? _receivedAuthorization;

    [Fact]
    public async Task Returns_the_mulaw_samples_of_a_wav_with_a_LIST_chunk()
    {
        var wave = TestWave.Build(("fmt ", TestWave.Format(extraBytes: 2)), ("LIST", new byte[26]), ("data", Samples));
        await using var server = await StartAsync(Results.Json(new { audioContent = Convert.ToBase64String(wave) }));
        using var services = Synthesizer(server);

        var audio = await services.GetRequiredService<ISpeechSynthesizer>().SynthesizeAsync("안녕하세요", _timeout);

        Assert.Equal(Samples, audio);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ExpectedRequest), JsonNode.Parse(_receivedBody!)), _receivedBody);
        Assert.Null(_receivedAuthorization);
    }

    [Fact]
    public async Task Error_response_becomes_an_exception_with_status_and_message()
    {
        var body = new { error = new { code = 400, message = "Voice 'ko-KR-Neural2-Z' does not exist.", status = "INVALID_ARGUMENT" } };
        await using var server = await StartAsync(Results.Json(body, statusCode: 400));
        using var services = Synthesizer(server);

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => services.GetRequiredService<ISpeechSynthesizer>().SynthesizeAsync("안녕하세요", _timeout));

        Assert.Equal(
            (HttpStatusCode.BadRequest, "INVALID_ARGUMENT", "Voice 'ko-KR-Neural2-Z' does not exist.",
                "Text-to-speech failed with HTTP 400 INVALID_ARGUMENT: Voice 'ko-KR-Neural2-Z' does not exist."),
            (error.HttpStatus, error.ProviderStatus, error.ProviderMessage, error.Message));
    }

    [Fact]
    public async Task Audio_that_is_not_phone_mulaw_is_rejected_with_the_reason()
    {
        var wave = TestWave.Build(("fmt ", TestWave.Format(formatTag: 1, sampleRate: 24000)), ("data", Samples));
        await using var server = await StartAsync(Results.Json(new { audioContent = Convert.ToBase64String(wave) }));
        using var services = Synthesizer(server);

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => services.GetRequiredService<ISpeechSynthesizer>().SynthesizeAsync("안녕하세요", _timeout));

        Assert.Equal(
            "Text-to-speech returned unusable audio: Expected 8000 Hz mono mu-law (format tag 7); got format tag 1, 1 channel(s), 24000 Hz.",
            error.Message);
    }

    [Fact]
    public async Task A_slow_server_times_out_with_a_clear_exception()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapPost(
            "/v1/text:synthesize",
            async (HttpContext context) => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted)));
        using var services = Synthesizer(server, ("GoogleTextToSpeech:Timeout", "00:00:00.2"));

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => services.GetRequiredService<ISpeechSynthesizer>().SynthesizeAsync("안녕하세요", _timeout));

        Assert.Equal("Text-to-speech did not answer within 00:00:00.2000000.", error.Message);
    }

    [Fact]
    public async Task Sends_the_service_account_token_as_a_bearer_header()
    {
        var wave = TestWave.Build(("fmt ", TestWave.Format()), ("data", Samples));
        await using var server = await StartAsync(Results.Json(new { audioContent = Convert.ToBase64String(wave) }));
        using var account = FakeServiceAccount.Create(server.Address);
        using var services = Synthesizer(server, ("GOOGLE_APPLICATION_CREDENTIALS", account.KeyFile));

        await services.GetRequiredService<ISpeechSynthesizer>().SynthesizeAsync("안녕하세요", _timeout);

        Assert.Equal($"Bearer {FakeServiceAccount.AccessToken}", _receivedAuthorization);
    }

    private Task<LoopbackServer> StartAsync(IResult answer) =>
        LoopbackServer.StartAsync(app =>
        {
            FakeServiceAccount.MapTokenEndpoint(app);
            app.MapPost("/v1/text:synthesize", async (HttpContext context) =>
            {
                _receivedBody = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
                _receivedAuthorization = context.Request.Headers.Authorization.FirstOrDefault();
                return answer;
            });
        });

    private static ServiceProvider Synthesizer(LoopbackServer server, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["GoogleTextToSpeech:Endpoint"] = server.Address };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return ProviderServices.Build(settings, services => services.AddGoogleTextToSpeech());
    }
}
