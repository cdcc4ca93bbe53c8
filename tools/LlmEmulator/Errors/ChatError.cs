using System.Globalization;
using GrandBy.LlmEmulator.Chat;

namespace GrandBy.LlmEmulator.Errors;

/// <summary>An error answer: status, body and the retry headers of a 429.</summary>
internal sealed record ChatError(int StatusCode, ApiErrorDetail Detail, TimeSpan? RetryAfter = null)
{
    public static ChatError InvalidKey(ApiFlavor flavor) => flavor == ApiFlavor.Azure
        ? new(401, new("401", "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."))
        : new(401, new("invalid_api_key", "Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.", "invalid_request_error"));

    public static ChatError MissingApiVersion() =>
        new(400, new("MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests."));

    public static ChatError DeploymentNotFound(ApiFlavor flavor, string name) => flavor == ApiFlavor.Azure
        ? new(404, new("DeploymentNotFound", "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."))
        : new(404, new("model_not_found", $"The model `{name}` does not exist or you do not have access to it.", "invalid_request_error"));

    public static ChatError InvalidRequest(string message, string? param = null) =>
        new(400, new(null, message, "invalid_request_error", param));

    public static ChatError Injected(int statusCode, TimeSpan retryAfter) => statusCode == 429
        ? new(429, new("429", $"Requests to the ChatCompletions_Create Operation have exceeded the token rate limit of your current pricing tier. Please retry after {Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture)} second(s)."), retryAfter)
        : new(statusCode, new(statusCode.ToString(CultureInfo.InvariantCulture), "The server had an error while processing your request. Sorry about that!"));

    public Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCode;
        if (RetryAfter is { } retryAfter)
        {
            var milliseconds = ((long)retryAfter.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            response.Headers["retry-after-ms"] = milliseconds;
            response.Headers["x-ms-retry-after-ms"] = milliseconds;
            response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return response.WriteAsJsonAsync(new ApiError(Detail), ErrorJsonContext.Default.ApiError, cancellationToken: cancellationToken);
    }
}
