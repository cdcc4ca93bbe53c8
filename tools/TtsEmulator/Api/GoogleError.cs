namespace GrandBy.TtsEmulator.Api;

/// <summary>Google's error body: <c>{"error":{"code":400,"message":"…","status":"INVALID_ARGUMENT"}}</c>.</summary>
internal sealed record GoogleError(GoogleErrorDetail Error)
{
    public static GoogleError InvalidArgument(string message) => new(new GoogleErrorDetail(StatusCodes.Status400BadRequest, message, "INVALID_ARGUMENT"));

    public static GoogleError Unauthenticated() => new(new GoogleErrorDetail(
        StatusCodes.Status401Unauthorized,
        "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
        "UNAUTHENTICATED"));

    public static GoogleError InvalidCredentials() => new(new GoogleErrorDetail(
        StatusCodes.Status401Unauthorized,
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
        "UNAUTHENTICATED"));

    public static GoogleError Internal(string message) => new(new GoogleErrorDetail(StatusCodes.Status500InternalServerError, message, "INTERNAL"));
}
