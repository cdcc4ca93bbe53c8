using GrandBy.Providers.Speech;
using GrandBy.Providers.Speech.Google;
using Grpc.Core;

namespace GrandBy.Providers.Tests.Speech;

public sealed class GoogleSpeechErrorsTests
{
    [Theory]
    [InlineData(StatusCode.OutOfRange, "Exceeded maximum allowed stream duration of 305 seconds.", SpeechRecognitionErrorKind.StreamDurationExceeded)]
    [InlineData(StatusCode.OutOfRange, "Audio Timeout Error: Long duration elapsed without audio. Audio should be sent close to real time.", SpeechRecognitionErrorKind.AudioTimeout)]
    [InlineData(StatusCode.OutOfRange, "Something else is out of range.", SpeechRecognitionErrorKind.Other)]
    [InlineData(StatusCode.InvalidArgument, "Invalid recognition 'config': The requested model is currently not supported for language : xx-XX.", SpeechRecognitionErrorKind.InvalidArgument)]
    [InlineData(StatusCode.Unavailable, "upstream connect error", SpeechRecognitionErrorKind.Unavailable)]
    [InlineData(StatusCode.Internal, "Internal error", SpeechRecognitionErrorKind.Unavailable)]
    [InlineData(StatusCode.Unauthenticated, "Request had invalid authentication credentials.", SpeechRecognitionErrorKind.Unauthenticated)]
    [InlineData(StatusCode.PermissionDenied, "The caller does not have permission", SpeechRecognitionErrorKind.Unauthenticated)]
    [InlineData(StatusCode.ResourceExhausted, "Quota exceeded", SpeechRecognitionErrorKind.QuotaExceeded)]
    [InlineData(StatusCode.DeadlineExceeded, "Deadline Exceeded", SpeechRecognitionErrorKind.DeadlineExceeded)]
    [InlineData(StatusCode.Unknown, "?", SpeechRecognitionErrorKind.Other)]
    public void Maps_each_grpc_status_to_its_kind(StatusCode code, string message, SpeechRecognitionErrorKind expected)
    {
        var exception = GoogleSpeechErrors.FromRpcException(new RpcException(new Status(code, message)));

        Assert.Equal(expected, exception.Kind);
        Assert.Equal((int)code, exception.StatusCode);
        Assert.Equal(message, exception.ProviderMessage);
        Assert.IsType<RpcException>(exception.InnerException);
    }

    [Fact]
    public void Names_kind_status_and_provider_message_in_the_exception_message()
    {
        var exception = GoogleSpeechErrors.FromStatus(StatusCode.OutOfRange, "Exceeded maximum allowed stream duration of 305 seconds.");

        Assert.Equal("Speech recognition failed (StreamDurationExceeded, status 11): Exceeded maximum allowed stream duration of 305 seconds.", exception.Message);
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument, "Invalid recognition 'config': The requested model is currently not supported for language : ko-KR.", true)]
    [InlineData(StatusCode.InvalidArgument, "Invalid recognition 'config': The requested model is currently not supported for language : xx-XX.", true)]
    [InlineData(StatusCode.InvalidArgument, "Invalid recognition 'config': bad encoding.", false)]
    [InlineData(StatusCode.InvalidArgument, "Audio data is being streamed too fast.", false)]
    [InlineData(StatusCode.OutOfRange, "The requested model is currently not supported for language : ko-KR.", false)]
    [InlineData(StatusCode.Unavailable, "upstream connect error", false)]
    public void IsUnsupportedModel_is_true_only_for_an_invalid_argument_naming_an_unsupported_model(StatusCode code, string message, bool expected)
    {
        var exception = GoogleSpeechErrors.FromStatus(code, message);

        Assert.Equal(expected, exception.IsUnsupportedModel);
    }
}
