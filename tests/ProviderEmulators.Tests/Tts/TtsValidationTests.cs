namespace GrandBy.ProviderEmulators.Tests.Tts;

[Collection(TtsEmulatorCollection.Name)]
public sealed class TtsValidationTests(TtsEmulatorFixture fixture)
{
    public static TheoryData<string, string> InvalidBodies => new()
    {
        { TtsRequests.Body(string.Empty), "Either `input.text` or `input.ssml` is required." },
        { """{"voice":{"languageCode":"ko-KR"},"audioConfig":{"audioEncoding":"MULAW"}}""", "Either `input.text` or `input.ssml` is required." },
        { """{"input":{"text":"네"},"voice":{"name":"ko-KR-Neural2-A"},"audioConfig":{"audioEncoding":"MULAW"}}""", "Invalid 'voice': `voice.language_code` is required." },
        { """{"input":{"text":"네"},"voice":{"languageCode":"ko-KR"}}""", "Invalid 'audio_config': `audio_config.audio_encoding` is required." },
        { TtsRequests.Body("네", encoding: "MP3"), "Unsupported audio_encoding MP3: the emulator produces MULAW and LINEAR16 only." },
        { TtsRequests.Body("네", encoding: "WAVE"), "Invalid value at 'audio_config.audio_encoding' (type.googleapis.com/google.cloud.texttospeech.v1.AudioEncoding), \"WAVE\"" },
        { TtsRequests.Body("네", sampleRate: 16000), "Unsupported sample_rate_hertz 16000: the emulator produces 8000 Hz only." },
        { """{"input":{"ssml":"<p>네</p>"},"voice":{"languageCode":"ko-KR"},"audioConfig":{"audioEncoding":"MULAW"}}""", "Invalid SSML: the root element must be <speak>." },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task An_invalid_request_gets_400_invalid_argument_with_googles_error_shape(string body, string message)
    {
        using var timeout = TestTimeout.Start();

        var (status, json) = await TtsRequests.PostAsync(fixture.Open.Endpoint, body, timeout.Token);

        Assert.Equal(400, status);
        var error = json.GetProperty("error");
        Assert.Equal(400, error.GetProperty("code").GetInt32());
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("status").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Text_over_5000_bytes_is_refused_even_when_under_5000_characters()
    {
        using var timeout = TestTimeout.Start();

        var (status, json) = await TtsRequests.PostAsync(fixture.Open.Endpoint, TtsRequests.Body(new string('가', 1667)), timeout.Token);

        Assert.Equal(400, status);
        Assert.StartsWith("Either `input.text` or `input.ssml` is longer than the limit of 5000 bytes.", json.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Text_of_exactly_5000_bytes_is_accepted()
    {
        using var timeout = TestTimeout.Start();

        var (status, _) = await TtsRequests.PostAsync(fixture.Open.Endpoint, TtsRequests.Body(new string('a', 5000), languageCode: "en-US"), timeout.Token);

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task An_unknown_field_is_refused_as_google_refuses_it()
    {
        using var timeout = TestTimeout.Start();
        var body = """{"input":{"text":"네"},"voice":{"languageCode":"ko-KR"},"audioConfig":{"audioEncoding":"MULAW","sampleRate":8000}}""";

        var (status, json) = await TtsRequests.PostAsync(fixture.Open.Endpoint, body, timeout.Token);

        Assert.Equal(400, status);
        Assert.StartsWith("Invalid JSON payload received.", json.GetProperty("error").GetProperty("message").GetString());
    }
}
