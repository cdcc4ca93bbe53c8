using Microsoft.Extensions.Options;

namespace GrandBy.Gateway.Twilio;

internal sealed class TwilioOptionsValidator : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AuthToken) && !options.AllowUnsignedRequests)
        {
            failures.Add("Twilio:AuthToken is required (Twilio__AuthToken). Only for development, Twilio:AllowUnsignedRequests=true turns signature checks off.");
        }

        if (options.PublicBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Twilio:PublicBaseUrl (Twilio__PublicBaseUrl) must be the absolute https URL Twilio reaches this gateway at.");
        }

        if (!options.MediaStreamPath.StartsWith('/') || options.MediaStreamPath.Contains('?'))
        {
            failures.Add("Twilio:MediaStreamPath must be a path starting with '/' and without a query string (Twilio rejects stream URLs with one).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
