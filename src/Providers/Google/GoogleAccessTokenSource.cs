using System.Collections.Concurrent;
using Google.Apis.Auth.OAuth2;

namespace GrandBy.Providers.Google;

/// <summary>
/// Google OAuth access tokens from a service-account key file, one credential per file.
/// The credential caches the token and refreshes it before it expires.
/// </summary>
internal sealed class GoogleAccessTokenSource
{
    public const string CloudPlatformScope = "https://www.googleapis.com/auth/cloud-platform";

    private static readonly TimeSpan TokenTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Lazy<GoogleCredential>> _credentials = new(StringComparer.Ordinal);

    public async Task<string> GetAccessTokenAsync(string credentialsFile, CancellationToken cancellationToken)
    {
        var credential = _credentials.GetOrAdd(credentialsFile, static path => new Lazy<GoogleCredential>(() => Load(path))).Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TokenTimeout);
        return await credential.UnderlyingCredential.GetAccessTokenForRequestAsync(cancellationToken: timeout.Token).ConfigureAwait(false);
    }

    private static GoogleCredential Load(string path) =>
        CredentialFactory.FromFile<ServiceAccountCredential>(path)
            .ToGoogleCredential()
            .CreateScoped(CloudPlatformScope);
}
