using GrandBy.Providers.Configuration;

namespace GrandBy.Providers.Google;

/// <summary>The endpoint and credential rules shared by the Google clients.</summary>
internal static class GoogleEndpointRules
{
    public const string CredentialsEnvironmentKey = "GOOGLE_APPLICATION_CREDENTIALS";

    public static IEnumerable<string> Validate(string? endpoint, string endpointKey, string? credentialsFile, string credentialsKey)
    {
        var endpointError = EndpointRules.Validate(endpoint, endpointKey);
        if (endpointError is not null)
        {
            yield return endpointError;
            yield break;
        }

        if (string.IsNullOrWhiteSpace(credentialsFile))
        {
            if (!EndpointRules.IsPlaintext(endpoint!))
            {
                yield return $"{CredentialsEnvironmentKey} (or {credentialsKey}) must name a service-account key file to call {endpoint}.";
            }

            yield break;
        }

        if (!File.Exists(credentialsFile))
        {
            yield return $"{CredentialsEnvironmentKey} (or {credentialsKey}) names '{credentialsFile}', which does not exist.";
        }
    }
}
