using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Twilio.Security;

namespace GrandBy.Gateway.Twilio;

/// <summary>
/// Checks <c>X-Twilio-Signature</c>. Twilio signs the URL it called, which is the public one, not what
/// ASP.NET sees behind a proxy: webhooks are checked against the public https URL with their form
/// fields, media-stream upgrades against the exact wss URL from the TwiML with no parameters.
/// </summary>
public sealed class TwilioSignatureCheck(IOptions<TwilioOptions> options)
{
    private const string SignatureHeader = "X-Twilio-Signature";
    private readonly RequestValidator? _validator =
        string.IsNullOrWhiteSpace(options.Value.AuthToken) ? null : new RequestValidator(options.Value.AuthToken);

    public bool IsValidWebhook(HttpRequest request, IFormCollection form)
    {
        if (_validator is null)
        {
            return options.Value.AllowUnsignedRequests;
        }

        var signature = Signature(request);
        if (signature.Length == 0)
        {
            return false;
        }

        var url = PublicUrls.Http(options.Value, request.Path, request.QueryString);
        var parameters = form.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        return _validator.Validate(url, parameters, signature);
    }

    public bool IsValidMediaStreamUpgrade(HttpRequest request)
    {
        if (_validator is null)
        {
            return options.Value.AllowUnsignedRequests;
        }

        var signature = Signature(request);
        return signature.Length > 0 && _validator.Validate(PublicUrls.MediaStream(options.Value), new Dictionary<string, string>(), signature);
    }

    private static string Signature(HttpRequest request) =>
        request.Headers.TryGetValue(SignatureHeader, out var value) ? value.ToString() : string.Empty;
}
