using System.Net.Http.Headers;

namespace GrandBy.CallerSimulator.Twilio;

/// <summary>Posts the voice webhook as Twilio does and reads the stream out of the TwiML answer.</summary>
public sealed class VoiceWebhookClient(HttpClient http, Uri gatewayUrl, Uri publicUrl, string? authToken)
{
    public async Task<TwimlStream> AnswerAsync(VoiceWebhookRequest request, CancellationToken cancellationToken)
    {
        var fields = request.ToFormFields();
        using var message = new HttpRequestMessage(HttpMethod.Post, gatewayUrl)
        {
            Content = new FormUrlEncodedContent(fields),
        };
        message.Headers.UserAgent.Add(new ProductInfoHeaderValue("TwilioProxy", "1.1"));
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
        if (authToken is not null)
        {
            message.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(authToken, publicUrl.AbsoluteUri, fields));
        }

        using var response = await http.SendAsync(message, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new CallSimulationException(
                $"The voice webhook {gatewayUrl} answered {(int)response.StatusCode} {response.ReasonPhrase}: {body}");
        }

        try
        {
            return TwimlParser.Parse(body);
        }
        catch (InvalidDataException exception)
        {
            throw new CallSimulationException($"The voice webhook's answer is not usable: {exception.Message}", exception);
        }
    }
}
