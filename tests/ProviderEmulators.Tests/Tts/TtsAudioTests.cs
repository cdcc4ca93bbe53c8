using GrandBy.TtsEmulator;

namespace GrandBy.ProviderEmulators.Tests.Tts;

[Collection(TtsEmulatorCollection.Name)]
public sealed class TtsAudioTests(TtsEmulatorFixture fixture)
{
    [Fact]
    public async Task Mulaw_audio_is_a_wav_with_a_mulaw_data_chunk_after_extra_chunks()
    {
        using var timeout = TestTimeout.Start();

        var audio = await TtsRequests.SynthesizeAsync(fixture.Open.Endpoint, "안녕하세요", timeout.Token);

        var wav = WavChunks.Parse(audio);
        Assert.Equal(["fmt ", "fact", "LIST", "data"], wav.ChunkIds);
        Assert.Equal((ushort)7, wav.FormatTag);
        Assert.Equal((ushort)1, wav.Channels);
        Assert.Equal(8000, wav.SampleRate);
        Assert.Equal((ushort)8, wav.BitsPerSample);
        Assert.NotEqual(44, wav.DataOffset);
        Assert.Equal(5 * 560, wav.Data.Length);
    }

    [Fact]
    public async Task Linear16_audio_is_a_pcm_wav_with_two_bytes_per_sample()
    {
        using var timeout = TestTimeout.Start();

        var (status, json) = await TtsRequests.PostAsync(fixture.Open.Endpoint, TtsRequests.Body("네", encoding: "LINEAR16"), timeout.Token);

        Assert.Equal(200, status);
        var wav = WavChunks.Parse(json.GetProperty("audioContent").GetBytesFromBase64());
        Assert.Equal((ushort)1, wav.FormatTag);
        Assert.Equal((ushort)16, wav.BitsPerSample);
        Assert.Equal(8000, wav.SampleRate);
        Assert.Equal(560 * 2, wav.Data.Length);
    }

    [Fact]
    public async Task Synthetic_audio_grows_with_the_text()
    {
        using var timeout = TestTimeout.Start();

        var shorter = WavChunks.Parse(await TtsRequests.SynthesizeAsync(fixture.Open.Endpoint, "네", timeout.Token));
        var longer = WavChunks.Parse(await TtsRequests.SynthesizeAsync(fixture.Open.Endpoint, "네, 잘 지냈어요", timeout.Token));

        Assert.Equal(560, shorter.Data.Length);
        Assert.Equal(9 * 560, longer.Data.Length);
    }

    [Fact]
    public async Task Same_text_gives_the_same_bytes_from_two_separate_emulators()
    {
        using var timeout = TestTimeout.Start();
        await using var first = await TtsEmulatorServer.StartAsync(new TtsEmulatorOptions(), timeout.Token);
        await using var second = await TtsEmulatorServer.StartAsync(new TtsEmulatorOptions(), timeout.Token);

        var fromFirst = await TtsRequests.SynthesizeAsync(first.Endpoint, "오늘 산책했어요", timeout.Token);
        var fromSecond = await TtsRequests.SynthesizeAsync(second.Endpoint, "오늘 산책했어요", timeout.Token);

        Assert.Equal(fromFirst, fromSecond);
        Assert.NotEmpty(WavChunks.Parse(fromFirst).Data);
    }

    [Fact]
    public async Task A_repeated_request_is_served_from_the_cache()
    {
        using var timeout = TestTimeout.Start();
        await using var server = await TtsEmulatorServer.StartAsync(new TtsEmulatorOptions { Voice = VoiceKinds.Synthetic }, timeout.Token);

        var first = await TtsRequests.SynthesizeAsync(server.Endpoint, "약 먹었어요", timeout.Token);
        var second = await TtsRequests.SynthesizeAsync(server.Endpoint, "약 먹었어요", timeout.Token);

        Assert.Equal(first, second);
        Assert.Equal(2, server.Requests.Total);
        Assert.Equal(2, server.Requests.Succeeded);
        Assert.Equal(1, server.Requests.CacheHits);
    }

    [Fact]
    public async Task Ssml_input_is_spoken_as_its_text()
    {
        using var timeout = TestTimeout.Start();
        var body = """{"input":{"ssml":"<speak>네<break time=\"200ms\"/>요</speak>"},"voice":{"languageCode":"ko-KR"},"audioConfig":{"audioEncoding":"MULAW"}}""";

        var (status, json) = await TtsRequests.PostAsync(fixture.Open.Endpoint, body, timeout.Token);

        Assert.Equal(200, status);
        Assert.Equal(2 * 560, WavChunks.Parse(json.GetProperty("audioContent").GetBytesFromBase64()).Data.Length);
    }
}
