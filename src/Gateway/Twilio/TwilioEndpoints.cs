using GrandBy.Calls;
using GrandBy.Gateway.Diagnostics;
using GrandBy.Gateway.MediaStreams;
using Microsoft.Extensions.Options;

namespace GrandBy.Gateway.Twilio;

public static class TwilioEndpoints
{
    private const string TwimlContentType = "application/xml";
    private static readonly string[] ForwardedCallFields = ["From", "To", "Direction"];

    /// <summary>Maps the voice webhook, the media-stream socket, the Connect action and the stream status callback.</summary>
    public static IEndpointRouteBuilder MapTwilioEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<TwilioOptions>>().Value;
        endpoints.MapPost("/api/twilio/voice", AnswerCallAsync).DisableAntiforgery();
        endpoints.MapPost(ConnectTwiml.ConnectActionPath, ReconnectOrHangUpAsync).DisableAntiforgery();
        endpoints.MapPost(ConnectTwiml.StreamStatusPath, RecordStreamStatusAsync).DisableAntiforgery();
        endpoints.Map(options.MediaStreamPath, AcceptMediaStreamAsync);
        return endpoints;
    }

    private static async Task<IResult> AnswerCallAsync(
        HttpRequest request, TwilioSignatureCheck signatures, IOptions<TwilioOptions> options, ILogger<TwilioSignatureCheck> logger)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (!signatures.IsValidWebhook(request, form))
        {
            logger.SignatureRejected(request.Path);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var parameters = ForwardedCallFields
            .Where(field => !string.IsNullOrEmpty(form[field]))
            .ToDictionary(field => field, field => form[field].ToString(), StringComparer.Ordinal);
        logger.CallAnswered(form["CallSid"].ToString(), PhoneNumbers.Mask(form["From"].ToString()));
        return Results.Content(ConnectTwiml.ToMediaStream(options.Value, parameters), TwimlContentType);
    }

    private static async Task<IResult> ReconnectOrHangUpAsync(
        HttpRequest request, TwilioSignatureCheck signatures, IOptions<TwilioOptions> options, IGrainFactory grains, ILogger<TwilioSignatureCheck> logger)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (!signatures.IsValidWebhook(request, form))
        {
            logger.SignatureRejected(request.Path);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var callSid = form["CallSid"].ToString();
        var call = await grains.GetGrain<ICallGrain>(callSid).GetSnapshotAsync();
        if (call.Status is CallStatus.Ended or CallStatus.New)
        {
            return Results.Content(ConnectTwiml.HangUp(), TwimlContentType);
        }

        logger.CallReconnecting(callSid);
        return Results.Content(ConnectTwiml.ToMediaStream(options.Value, new Dictionary<string, string>()), TwimlContentType);
    }

    private static async Task<IResult> RecordStreamStatusAsync(
        HttpRequest request, TwilioSignatureCheck signatures, ILogger<TwilioSignatureCheck> logger)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (!signatures.IsValidWebhook(request, form))
        {
            logger.SignatureRejected(request.Path);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        logger.StreamStatus(form["CallSid"].ToString(), form["StreamSid"].ToString(), form["StreamEvent"].ToString(), form["StreamError"].ToString());
        return Results.NoContent();
    }

    private static async Task AcceptMediaStreamAsync(HttpContext context, TwilioSignatureCheck signatures, MediaStreamSessionFactory sessions, ILogger<TwilioSignatureCheck> logger)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!signatures.IsValidMediaStreamUpgrade(context.Request))
        {
            logger.SignatureRejected(context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await sessions.Create(socket).RunAsync(context.RequestAborted);
    }
}
