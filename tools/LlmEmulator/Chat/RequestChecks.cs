using GrandBy.LlmEmulator.Errors;

namespace GrandBy.LlmEmulator.Chat;

/// <summary>The checks the services make before reading the body, in their order: key, api-version, deployment.</summary>
internal static class RequestChecks
{
    private const string BearerScheme = "Bearer ";

    public static ChatError? BeforeBody(HttpRequest request, ApiFlavor flavor, string? deployment, LlmEmulatorOptions options)
    {
        if (options.ApiKey is not null && !string.Equals(PresentedKey(request, flavor), options.ApiKey, StringComparison.Ordinal))
        {
            return ChatError.InvalidKey(flavor);
        }

        if (flavor != ApiFlavor.Azure)
        {
            return null;
        }

        return string.IsNullOrEmpty(request.Query["api-version"])
            ? ChatError.MissingApiVersion()
            : UnknownDeployment(deployment ?? string.Empty, options, flavor);
    }

    public static ChatError? UnknownDeployment(string name, LlmEmulatorOptions options, ApiFlavor flavor = ApiFlavor.OpenAi) =>
        options.Deployments.Count == 0 || options.Deployments.Contains(name, StringComparer.Ordinal)
            ? null
            : ChatError.DeploymentNotFound(flavor, name);

    /// <summary>Azure takes <c>api-key</c> or an Entra bearer token; OpenAI takes a bearer token.</summary>
    private static string? PresentedKey(HttpRequest request, ApiFlavor flavor)
    {
        var apiKey = request.Headers["api-key"].ToString();
        if (flavor == ApiFlavor.Azure && apiKey.Length > 0)
        {
            return apiKey;
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerScheme, StringComparison.OrdinalIgnoreCase) ? authorization[BearerScheme.Length..].Trim() : null;
    }
}
