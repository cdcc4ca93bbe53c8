using System.Text.Json;
using GrandBy.TtsEmulator.Synthesis;
using Microsoft.Extensions.Options;

namespace GrandBy.TtsEmulator.Api;

/// <summary>Handles <c>POST /v1/text:synthesize</c>: authorization, validation, synthesis, Google's JSON answer.</summary>
internal sealed class SynthesizeEndpoint(
    SpeechSynthesis synthesis,
    IOptions<TtsEmulatorOptions> options,
    TtsRequestCounters counters,
    ILogger<SynthesizeEndpoint> logger)
{
    public const string Route = "/v1/text:synthesize";

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        counters.CountRequest();
        try
        {
            await Task.Delay(options.Value.Latency, cancellationToken);
            await AnswerAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.RequestAborted();
        }
    }

    private async Task AnswerAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var authorizationError = BearerCheck.Check(context.Request, options.Value);
        if (authorizationError is not null)
        {
            await RejectAsync(context, authorizationError, cancellationToken);
            return;
        }

        SynthesizeSpeechRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(context.Request.Body, TtsJsonContext.Default.SynthesizeSpeechRequest, cancellationToken);
        }
        catch (JsonException exception)
        {
            await RejectAsync(context, GoogleError.InvalidArgument($"Invalid JSON payload received. {exception.Message}"), cancellationToken);
            return;
        }

        if (request is null)
        {
            await RejectAsync(context, GoogleError.InvalidArgument("Invalid JSON payload received. Expected an object."), cancellationToken);
            return;
        }

        if (!SynthesizeRequestReader.TryRead(request, out var key, out var message))
        {
            await RejectAsync(context, GoogleError.InvalidArgument(message), cancellationToken);
            return;
        }

        byte[] audio;
        try
        {
            audio = await synthesis.SynthesizeAsync(key, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.VoiceFailed(synthesis.VoiceName, exception);
            counters.CountFailure();
            await WriteAsync(context, GoogleError.Internal($"Synthesis failed: {exception.Message}"), cancellationToken);
            return;
        }

        logger.Synthesized(key.Text.Length, key.LanguageCode, key.AudioEncoding, audio.Length);
        counters.CountSuccess();
        context.Response.StatusCode = StatusCodes.Status200OK;
        await context.Response.WriteAsJsonAsync(new SynthesizeSpeechResponse(audio), TtsJsonContext.Default.SynthesizeSpeechResponse, cancellationToken: cancellationToken);
    }

    private async Task RejectAsync(HttpContext context, GoogleError error, CancellationToken cancellationToken)
    {
        logger.RequestRejected(error.Error.Code, error.Error.Message);
        counters.CountRejection();
        await WriteAsync(context, error, cancellationToken);
    }

    private static Task WriteAsync(HttpContext context, GoogleError error, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = error.Error.Code;
        return context.Response.WriteAsJsonAsync(error, TtsJsonContext.Default.GoogleError, cancellationToken: cancellationToken);
    }
}
