using Google.Cloud.Speech.V1;
using Grpc.Core;

namespace GrandBy.SpeechEmulator.Tests.Streaming;

public sealed class StreamingRecognizeErrorTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Audio_before_the_config_is_an_invalid_argument()
    {
        var error = await FailAsync(SpeechCall.Audio(TestAudio.Silence(800)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task A_second_config_is_an_invalid_argument()
    {
        var error = await FailAsync(SpeechCall.Config(), SpeechCall.Audio(TestAudio.Silence(800)), SpeechCall.Config());

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task A_request_over_25600_bytes_is_an_invalid_argument()
    {
        var error = await FailAsync(SpeechCall.Config(), SpeechCall.AudioRequest(TestAudio.Silence(25_600)), SpeechCall.AudioRequest(TestAudio.Silence(25_601)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("Request audio_content of 25601 bytes exceeds the maximum of 25600 bytes per streaming request.", error.Status.Detail);
    }

    [Fact]
    public async Task A_model_the_language_does_not_support_is_an_invalid_argument()
    {
        var error = await FailAsync(SpeechCall.Config(c => c.Config.Model = "video"));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("Invalid recognition 'config': The requested model is currently not supported for language : ko-KR.", error.Status.Detail);
    }

    [Fact]
    public async Task Linear16_audio_is_an_invalid_argument_naming_the_supported_format()
    {
        var error = await FailAsync(SpeechCall.Config(c => (c.Config.Encoding, c.Config.SampleRateHertz) = (RecognitionConfig.Types.AudioEncoding.Linear16, 16000)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("Invalid recognition 'config': this emulator recognises only MULAW audio at 8000 Hz, not Linear16 at 16000 Hz.", error.Status.Detail);
    }

    [Fact]
    public async Task A_missing_language_code_is_an_invalid_argument()
    {
        var error = await FailAsync(SpeechCall.Config(c => c.Config.LanguageCode = ""));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Theory]
    [InlineData("latest_long", false)]
    [InlineData("phone_call", false)]
    public async Task Single_utterance_with_a_model_other_than_enhanced_phone_call_is_an_invalid_argument(string model, bool useEnhanced)
    {
        var error = await FailAsync(SpeechCall.Config(c => (c.SingleUtterance, c.Config.Model, c.Config.UseEnhanced) = (true, model, useEnhanced)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    private async Task<RpcException> FailAsync(params object[] requests)
    {
        var flat = requests.SelectMany(r => r switch
        {
            StreamingRecognizeRequest one => [one],
            IEnumerable<StreamingRecognizeRequest> many => many,
            _ => throw new ArgumentException($"Not a request: {r}", nameof(requests)),
        });
        var outcome = await SpeechCall.RunAsync(emulator.Server.Endpoint, flat);
        return outcome.Error ?? throw new Xunit.Sdk.XunitException("The call succeeded.");
    }
}
