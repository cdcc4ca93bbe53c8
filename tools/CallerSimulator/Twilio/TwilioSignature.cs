using System.Security.Cryptography;
using System.Text;

namespace GrandBy.CallerSimulator.Twilio;

/// <summary>
/// Twilio's request signature: base64(HMAC-SHA1(authToken, url + each parameter's name and value,
/// sorted by name)). Computed here by hand so that the gateway, which checks it with Twilio's SDK,
/// is cross-checked against an independent implementation.
/// </summary>
public static class TwilioSignature
{
    public const string HeaderName = "X-Twilio-Signature";

    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

        var hash = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(hash);
    }

    public static string Compute(string authToken, string url) => Compute(authToken, url, []);
}
