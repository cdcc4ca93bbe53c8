using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GrandBy.SpeechEmulator.Hosting;
using GrandBy.SpeechEmulator.Recognition;
using GrandBy.SpeechEmulator.Streaming;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>
/// OpenAI's <c>audio/transcriptions</c> (Whisper) over the clip library: multipart form in, the clips
/// heard in the WAV file out, errors in OpenAI's shape.
/// </summary>
internal sealed class TranscriptionHandler(
    ClipMatcher matcher,
    IOptions<SpeechEmulatorOptions> options,
    SpeechEmulatorStats stats,
    ILogger<TranscriptionHandler> logger)
{
    /// <summary>OpenAI's upload limit, 25 MB.</summary>
    public const int MaxFileBytes = 25 * 1024 * 1024;

    /// <summary>Room for the form's other fields and boundaries around the file.</summary>
    private const int MaxRequestBytes = MaxFileBytes + (1024 * 1024);

    private const string DefaultLanguage = "ko";
    private const string PlainText = "text/plain; charset=utf-8";

    private readonly ClipTranscriber _transcriber = new(matcher);

    public async Task HandleAsync(HttpContext context, TranscriptionRoute route)
    {
        stats.TranscriptionReceived();
        var cancellationToken = context.RequestAborted;
        try
        {
            Authorize(context.Request, route);
            var form = await ReadFormAsync(context, cancellationToken);
            var format = ResponseFormat(form);
            var language = form["language"].ToString() is { Length: > 0 } requested ? requested : DefaultLanguage;
            if (route == TranscriptionRoute.OpenAi && string.IsNullOrWhiteSpace(form["model"]))
            {
                throw new TranscriptionRejection(StatusCodes.Status400BadRequest, "Missing required parameter: 'model'.", "model", "missing_required_parameter");
            }

            var audio = await ReadAudioAsync(form, cancellationToken);
            var transcript = _transcriber.Transcribe(audio, language, options.Value.EndpointSilence);
            SpeechEmulatorLog.Transcribed(logger, audio.Length, language, format, transcript.Text);
            if (options.Value.TranscriptionLatency > TimeSpan.Zero)
            {
                await Task.Delay(options.Value.TranscriptionLatency, cancellationToken);
            }

            await WriteAsync(context.Response, transcript, language, format, cancellationToken);
        }
        catch (TranscriptionRejection rejection)
        {
            stats.TranscriptionRejected();
            SpeechEmulatorLog.TranscriptionRejected(logger, rejection.HttpStatus, rejection.Message);
            context.Response.StatusCode = rejection.HttpStatus;
            await WriteJsonAsync(context.Response, rejection.ToResponse(), TranscriptionJsonContext.Utf8.OpenAiErrorResponse, cancellationToken);
        }
    }

    private void Authorize(HttpRequest request, TranscriptionRoute route)
    {
        var expected = options.Value.ApiKey;
        if (string.IsNullOrEmpty(expected))
        {
            return;
        }

        var presented = route == TranscriptionRoute.Azure
            ? request.Headers["api-key"].ToString()
            : request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : string.Empty;
        if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected)))
        {
            return;
        }

        var message = route == TranscriptionRoute.Azure
            ? "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."
            : presented.Length == 0
                ? "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
                : "Incorrect API key provided.";
        throw new TranscriptionRejection(StatusCodes.Status401Unauthorized, message, null, "invalid_api_key");
    }

    private static async Task<IFormCollection> ReadFormAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.ContentLength > MaxRequestBytes)
        {
            throw TooLarge(request.ContentLength.Value);
        }

        if (!request.HasFormContentType)
        {
            throw new TranscriptionRejection(
                StatusCodes.Status400BadRequest, "Invalid Content-Type: the request must be multipart/form-data.", null, "invalid_value");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBytes;
        }

        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(null);
        }
        catch (InvalidDataException exception)
        {
            throw new TranscriptionRejection(StatusCodes.Status400BadRequest, $"Invalid multipart/form-data body: {exception.Message}", null, "invalid_value");
        }
    }

    private static string ResponseFormat(IFormCollection form)
    {
        var format = form["response_format"].ToString();
        return format switch
        {
            "" => "json",
            "json" or "text" or "verbose_json" or "srt" or "vtt" => format,
            _ => throw new TranscriptionRejection(
                StatusCodes.Status400BadRequest,
                $"Invalid value for 'response_format': '{format}'. Supported values are: 'json', 'text', 'srt', 'verbose_json', and 'vtt'.",
                "response_format",
                "invalid_value"),
        };
    }

    private static async Task<byte[]> ReadAudioAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var file = form.Files.GetFile("file")
            ?? throw new TranscriptionRejection(StatusCodes.Status400BadRequest, "Missing required parameter: 'file'.", "file", "missing_required_parameter");
        if (file.Length > MaxFileBytes)
        {
            throw TooLarge(file.Length);
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        return WaveFile.TryDecodeMuLaw(bytes, out var muLaw, out var error)
            ? muLaw
            : throw new TranscriptionRejection(StatusCodes.Status400BadRequest, error, "file", "invalid_value");
    }

    private static TranscriptionRejection TooLarge(long? bytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        bytes is { } read ? $"Maximum content size limit ({MaxFileBytes}) exceeded ({read} bytes read)" : $"Maximum content size limit ({MaxFileBytes}) exceeded",
        "file",
        "file_too_large");

    private static Task WriteAsync(HttpResponse response, Transcript transcript, string language, string format, CancellationToken cancellationToken) => format switch
    {
        "text" => WriteTextAsync(response, transcript.Text + "\n", cancellationToken),
        "srt" => WriteTextAsync(response, Subtitles.Srt(transcript), cancellationToken),
        "vtt" => WriteTextAsync(response, Subtitles.Vtt(transcript), cancellationToken),
        "verbose_json" => WriteJsonAsync(response, Verbose(transcript, language), TranscriptionJsonContext.Utf8.VerboseTranscription, cancellationToken),
        _ => WriteJsonAsync(response, new TranscriptionText(transcript.Text), TranscriptionJsonContext.Utf8.TranscriptionText, cancellationToken),
    };

    private static VerboseTranscription Verbose(Transcript transcript, string language) => new(
        "transcribe",
        WhisperLanguages.NameOf(language),
        transcript.Duration.TotalSeconds,
        transcript.Text,
        [.. transcript.Segments.Select((segment, index) => new VerboseSegment(
            index,
            (int)(segment.Start.TotalMilliseconds / 10),
            segment.Start.TotalSeconds,
            segment.End.TotalSeconds,
            " " + segment.Text,
            [],
            Temperature: 0,
            AvgLogprob: -0.1,
            CompressionRatio: 1,
            NoSpeechProb: 0))]);

    private static async Task WriteTextAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        response.ContentType = PlainText;
        await response.WriteAsync(text, Encoding.UTF8, cancellationToken);
    }

    private static async Task WriteJsonAsync<T>(HttpResponse response, T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(response.Body, value, typeInfo, cancellationToken);
    }
}
