namespace GrandBy.TtsEmulator.Api;

/// <summary>The <c>Authorization: Bearer …</c> check, on only when <see cref="TtsEmulatorOptions.RequireAuthorization"/> is set.</summary>
internal static class BearerCheck
{
    private const string Scheme = "Bearer ";

    public static GoogleError? Check(HttpRequest request, TtsEmulatorOptions options)
    {
        if (!options.RequireAuthorization)
        {
            return null;
        }

        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            return GoogleError.Unauthenticated();
        }

        var token = header[Scheme.Length..].Trim();
        return options.AccessToken is null || string.Equals(token, options.AccessToken, StringComparison.Ordinal)
            ? null
            : GoogleError.InvalidCredentials();
    }
}
