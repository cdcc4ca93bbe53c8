using System.ClientModel;
using Azure.AI.OpenAI;
using OpenAI;
using OpenAI.Audio;

namespace GrandBy.SpeechEmulator.Tests.Transcription;

/// <summary>The transcription endpoint through the OpenAI .NET SDK, as the runtime calls it.</summary>
public sealed class TranscriptionSdkTests(TranscriptionFixture emulator) : IClassFixture<TranscriptionFixture>
{
    private const string KneeText = "날씨는 좋았는데 무릎이 조금 아팠어요.";
    private static readonly byte[] Knee = TestAudio.Library.Get("ko-knee").Audio;

    [Fact]
    public async Task Azure_client_transcribes_a_mu_law_wav_of_one_clip_to_its_text()
    {
        var wav = TestWave.MuLaw(TestAudio.Concat(TestAudio.Silence(4000), Knee, TestAudio.Silence(4000)));

        var transcription = await TranscribeAsync(AzureClient(TranscriptionFixture.ApiKey), wav, new AudioTranscriptionOptions { Language = "ko" });

        Assert.Equal(KneeText, transcription.Text);
    }

    [Fact]
    public async Task OpenAI_client_on_v1_transcribes_two_clips_joined_with_a_space()
    {
        var lunch = TestAudio.Library.Get("ko-lunch").Audio;
        var wav = TestWave.MuLaw(TestAudio.Concat(TestAudio.Silence(2000), Knee, TestAudio.Silence(8000), lunch, TestAudio.Silence(2000)));

        var transcription = await TranscribeAsync(OpenAiClient(TranscriptionFixture.ApiKey), wav, new AudioTranscriptionOptions { Language = "ko" });

        Assert.Equal($"{KneeText} 점심은 딸이랑 같이 먹었어요.", transcription.Text);
    }

    [Fact]
    public async Task A_16_bit_pcm_wav_is_encoded_to_mu_law_and_recognised()
    {
        var wav = TestWave.Pcm16(TestAudio.Concat(TestAudio.Silence(4000), Knee, TestAudio.Silence(4000)));

        var transcription = await TranscribeAsync(AzureClient(TranscriptionFixture.ApiKey), wav, new AudioTranscriptionOptions { Language = "ko" });

        Assert.Equal(KneeText, transcription.Text);
    }

    [Fact]
    public async Task Verbose_json_places_each_clip_in_the_files_audio_time()
    {
        var wav = TestWave.MuLaw(TestAudio.Concat(TestAudio.Silence(8000), Knee, TestAudio.Silence(8000)));

        var transcription = await TranscribeAsync(
            OpenAiClient(TranscriptionFixture.ApiKey), wav, new AudioTranscriptionOptions { Language = "ko", ResponseFormat = AudioTranscriptionFormat.Verbose });

        Assert.Equal(KneeText, transcription.Text);
        Assert.Equal("korean", transcription.Language);
        Assert.Equal(TimeSpan.FromTicks((16_000 + Knee.Length) * 1250L), transcription.Duration);
        var segment = Assert.Single(transcription.Segments);
        Assert.Equal((" " + KneeText, TimeSpan.FromSeconds(1)), (segment.Text, segment.StartTime));
    }

    [Fact]
    public async Task Clips_of_another_language_are_not_heard()
    {
        var wav = TestWave.MuLaw(TestAudio.Concat(TestAudio.Library.Get("en-bye").Audio, TestAudio.Silence(4000), Knee));

        var transcription = await TranscribeAsync(AzureClient(TranscriptionFixture.ApiKey), wav, new AudioTranscriptionOptions { Language = "en" });

        Assert.Equal("Thank you, goodbye.", transcription.Text);
    }

    [Fact]
    public async Task A_wrong_key_is_401_on_both_routes()
    {
        var wav = TestWave.MuLaw(Knee);

        var azure = await Assert.ThrowsAsync<ClientResultException>(() => TranscribeAsync(AzureClient("wrong"), wav, new AudioTranscriptionOptions()));
        var openAi = await Assert.ThrowsAsync<ClientResultException>(() => TranscribeAsync(OpenAiClient("wrong"), wav, new AudioTranscriptionOptions()));

        Assert.Equal((401, 401), (azure.Status, openAi.Status));
    }

    [Fact]
    public async Task A_file_that_is_not_a_wav_is_400()
    {
        var error = await Assert.ThrowsAsync<ClientResultException>(
            () => TranscribeAsync(AzureClient(TranscriptionFixture.ApiKey), "ID3 not a wave file"u8.ToArray(), new AudioTranscriptionOptions()));

        Assert.Equal(400, error.Status);
        Assert.Contains("Invalid file format. This emulator transcribes WAV files (RIFF/WAVE) only.", error.Message, StringComparison.Ordinal);
    }

    private AudioClient AzureClient(string key) =>
        new AzureOpenAIClient(emulator.Server.TranscriptionEndpoint, new ApiKeyCredential(key)).GetAudioClient("whisper");

    private AudioClient OpenAiClient(string key) =>
        new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri(emulator.Server.TranscriptionEndpoint, "v1") })
            .GetAudioClient("whisper-1");

    private static async Task<AudioTranscription> TranscribeAsync(AudioClient client, byte[] wav, AudioTranscriptionOptions options)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var file = new MemoryStream(wav);
        var result = await client.TranscribeAudioAsync(file, "utterance.wav", options, timeout.Token);
        return result.Value;
    }
}
