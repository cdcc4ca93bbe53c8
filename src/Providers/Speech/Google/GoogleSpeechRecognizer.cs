using GrandBy.Providers.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Speech.Google;

/// <summary>Opens Google Speech v1 <c>StreamingRecognize</c> streams on the shared channel.</summary>
internal sealed class GoogleSpeechRecognizer(
    GoogleSpeechChannel channel,
    IOptions<GoogleSpeechOptions> options,
    ProvidersMetrics metrics,
    ILogger<GoogleSpeechRecognizer> logger) : ISpeechRecognizer
{
    public async Task<ISpeechRecognitionStream> OpenStreamAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var call = channel.Client.StreamingRecognize(new CallOptions(
            deadline: DateTime.UtcNow + settings.StreamDeadline,
            cancellationToken: cancellationToken));
        var stream = new GoogleSpeechRecognitionStream(call, settings, metrics, logger, cancellationToken);
        try
        {
            await stream.WriteAsync(GoogleStreamingConfig.CreateRequest(settings), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        metrics.SttStreamOpened();
        logger.SpeechStreamOpened(settings.Model, settings.LanguageCode);
        return stream;
    }
}
