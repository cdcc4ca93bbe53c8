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
    public async Task<ISpeechRecognitionStream> OpenStreamAsync(SpeechStreamRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        var model = request.Model ?? settings.Model;
        var configRequest = GoogleStreamingConfig.CreateRequest(settings, model);
        var call = channel.Client.StreamingRecognize(new CallOptions(
            deadline: DateTime.UtcNow + settings.StreamDeadline,
            cancellationToken: cancellationToken));
        var stream = new GoogleSpeechRecognitionStream(call, settings, metrics, logger, cancellationToken);
        try
        {
            await stream.WriteAsync(configRequest, cancellationToken).ConfigureAwait(false);
        }
        catch (SpeechRecognitionException writeFailure)
        {
            var failure = await stream.ReadFailureAsync(settings.ConnectTimeout).ConfigureAwait(false) ?? writeFailure;
            await stream.DisposeAsync().ConfigureAwait(false);
            throw failure;
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        metrics.SttStreamOpened();
        logger.SpeechStreamOpened(model, settings.LanguageCode);
        if (settings.SingleUtterance && !configRequest.StreamingConfig.SingleUtterance)
        {
            logger.SpeechSingleUtteranceDropped(model);
        }

        return stream;
    }
}
