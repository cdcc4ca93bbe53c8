namespace GrandBy.SpeechEmulator.Transcription;

internal static class TranscriptionEndpointRouteBuilderExtensions
{
    /// <summary>Maps OpenAI's and Azure OpenAI's Whisper routes; the query (<c>api-version</c>) is not checked.</summary>
    public static void MapTranscriptionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<TranscriptionHandler>();
        endpoints.MapPost("/v1/audio/transcriptions", (RequestDelegate)(context => handler.HandleAsync(context, TranscriptionRoute.OpenAi)));
        endpoints.MapPost(
            "/openai/deployments/{deployment}/audio/transcriptions",
            (RequestDelegate)(context => handler.HandleAsync(context, TranscriptionRoute.Azure)));
    }
}
