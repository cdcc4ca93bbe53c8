using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace GrandBy.SpeechEmulator.Tests.Transcription;

/// <summary>The transcription endpoint's wire format: response formats and OpenAI-shaped errors.</summary>
public sealed class TranscriptionHttpTests(TranscriptionFixture emulator) : IClassFixture<TranscriptionFixture>
{
    private const string KneeText = "날씨는 좋았는데 무릎이 조금 아팠어요.";
    private static readonly byte[] KneeWav = TestWave.MuLaw(TestAudio.Concat(TestAudio.Silence(800), TestAudio.Library.Get("ko-knee").Audio));

    [Fact]
    public async Task Text_format_is_the_plain_transcript_and_a_newline()
    {
        using var response = await PostAsync(Form(KneeWav, ("response_format", "text")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(KneeText + "\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Json_is_the_default_format_and_carries_korean_unescaped()
    {
        using var response = await PostAsync(Form(KneeWav));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($$"""{"text":"{{KneeText}}"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Srt_format_has_one_numbered_cue_per_clip()
    {
        using var response = await PostAsync(Form(KneeWav, ("response_format", "srt")));

        Assert.Equal($"1\n00:00:00,100 --> 00:00:03,032\n{KneeText}\n\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_without_a_file_is_400_in_openais_error_shape()
    {
        using var form = new MultipartFormDataContent { { new StringContent("whisper-1"), "model" } };

        using var response = await PostAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"error":{"message":"Missing required parameter: \u0027file\u0027.","type":"invalid_request_error","param":"file","code":"missing_required_parameter"}}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wav_at_16000_hz_is_400_naming_the_supported_formats()
    {
        using var response = await PostAsync(Form(TestWave.WithFormat(tag: 1, channels: 1, rate: 16_000, bits: 16, new byte[3200])));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "Unsupported WAV audio: format 1, 1 channel(s), 16000 Hz, 16-bit. This emulator transcribes 8000 Hz mono mu-law (format 7, 8-bit) or 16-bit PCM (format 1).",
            await ErrorMessageAsync(response));
    }

    [Fact]
    public async Task A_file_over_25_mb_is_413()
    {
        using var response = await PostAsync(Form(TestWave.MuLaw(TestAudio.Silence(25 * 1024 * 1024))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Maximum content size limit (26214400) exceeded (26214458 bytes read)", await ErrorMessageAsync(response));
    }

    [Fact]
    public async Task A_missing_key_is_401_with_openais_wording()
    {
        using var response = await PostAsync(Form(KneeWav), key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("You didn't provide an API key.", await ErrorMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_count_transcriptions_and_rejections()
    {
        var before = (emulator.Server.Stats.Transcriptions, emulator.Server.Stats.TranscriptionsRejected);

        using (await PostAsync(Form(KneeWav)))
        using (await PostAsync(Form(KneeWav), key: "wrong"))
        {
            Assert.Equal((before.Transcriptions + 2, before.TranscriptionsRejected + 1), (emulator.Server.Stats.Transcriptions, emulator.Server.Stats.TranscriptionsRejected));
        }
    }

    private static MultipartFormDataContent Form(byte[] wav, params (string Name, string Value)[] fields)
    {
        var file = new ByteArrayContent(wav);
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        var form = new MultipartFormDataContent { { file, "file", "utterance.wav" }, { new StringContent("whisper-1"), "model" }, { new StringContent("ko"), "language" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private async Task<HttpResponseMessage> PostAsync(MultipartFormDataContent form, string? key = TranscriptionFixture.ApiKey)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var client = new HttpClient { BaseAddress = emulator.Server.TranscriptionEndpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/audio/transcriptions") { Content = form };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        var response = await client.SendAsync(request, timeout.Token);
        await response.Content.LoadIntoBufferAsync(timeout.Token);
        return response;
    }

    private static async Task<string?> ErrorMessageAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        return error.GetProperty("message").GetString();
    }
}
