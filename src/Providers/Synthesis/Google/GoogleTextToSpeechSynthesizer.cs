using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GrandBy.Providers.Diagnostics;
using GrandBy.Providers.Google;
using GrandBy.Providers.Synthesis.Google.Wire;
using GrandBy.Providers.Synthesis.Wave;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Synthesis.Google;

/// <summary>Google Text-to-Speech v1 <c>text:synthesize</c> as 8 kHz mu-law, with the WAV header stripped.</summary>
internal sealed class GoogleTextToSpeechSynthesizer(
    HttpClient http,
    IOptions<GoogleTextToSpeechOptions> options,
    GoogleAccessTokenSource tokens,
    ProvidersMetrics metrics,
    ILogger<GoogleTextToSpeechSynthesizer> logger) : ISpeechSynthesizer
{
    private static readonly string[] TelephonyProfile = ["telephony-class-application"];

    private readonly GoogleTextToSpeechOptions _options = options.Value;
    private readonly Uri _synthesizeUri = new($"{options.Value.Endpoint.TrimEnd('/')}/v1/text:synthesize");

    public async Task<byte[]> SynthesizeAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            var audio = await RequestAsync(text, timeout.Token).ConfigureAwait(false);
            metrics.TtsCompleted(Stopwatch.GetElapsedTime(started), succeeded: true);
            logger.SpeechSynthesized(text.Length, audio.Length, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return audio;
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail(started, new SpeechSynthesisException($"Text-to-speech did not answer within {_options.Timeout}.", innerException: exception));
        }
        catch (HttpRequestException exception)
        {
            throw Fail(started, new SpeechSynthesisException($"Text-to-speech at {_options.Endpoint} could not be reached: {exception.Message}", innerException: exception));
        }
        catch (SpeechSynthesisException exception)
        {
            throw Fail(started, exception);
        }
    }

    private async Task<byte[]> RequestAsync(string text, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _synthesizeUri)
        {
            Content = JsonContent.Create(CreateBody(text), TextToSpeechJsonContext.Default.SynthesizeSpeechRequest),
        };
        if (!string.IsNullOrWhiteSpace(_options.CredentialsFile))
        {
            var token = await tokens.GetAccessTokenAsync(_options.CredentialsFile, cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        }

        var payload = await response.Content.ReadFromJsonAsync(TextToSpeechJsonContext.Default.SynthesizeSpeechResponse, cancellationToken).ConfigureAwait(false);
        if (payload?.AudioContent is not { Length: > 0 } wave)
        {
            throw new SpeechSynthesisException("Text-to-speech answered without audioContent.", response.StatusCode);
        }

        try
        {
            return RiffWaveParser.ReadMulawData(wave).ToArray();
        }
        catch (InvalidDataException exception)
        {
            throw new SpeechSynthesisException($"Text-to-speech returned unusable audio: {exception.Message}", response.StatusCode, innerException: exception);
        }
    }

    private SynthesizeSpeechRequest CreateBody(string text) => new(
        new SynthesisInput(text),
        new VoiceSelectionParams(_options.LanguageCode, string.IsNullOrWhiteSpace(_options.VoiceName) ? null : _options.VoiceName),
        new AudioConfig("MULAW", RiffWaveParser.PhoneSampleRate, _options.SpeakingRate, _options.Pitch, TelephonyProfile));

    private static async Task<SpeechSynthesisException> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var error = ParseError(body);
        var status = error?.Status ?? response.StatusCode.ToString();
        var message = error?.Message ?? (body.Length > 200 ? body[..200] : body);
        return new SpeechSynthesisException(
            $"Text-to-speech failed with HTTP {(int)response.StatusCode} {status}: {message}",
            response.StatusCode,
            status,
            message);
    }

    private static GoogleError? ParseError(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, TextToSpeechJsonContext.Default.GoogleErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private SpeechSynthesisException Fail(long started, SpeechSynthesisException exception)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.TtsCompleted(elapsed, succeeded: false);
        logger.SpeechSynthesisFailed((long)elapsed.TotalMilliseconds, exception.Message);
        return exception;
    }
}
