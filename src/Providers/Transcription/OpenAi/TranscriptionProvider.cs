namespace GrandBy.Providers.Transcription.OpenAi;

public enum TranscriptionProvider
{
    /// <summary>Azure OpenAI: <c>{Endpoint}/openai/deployments/{Deployment}/audio/transcriptions</c>, header <c>api-key</c>.</summary>
    AzureOpenAI,

    /// <summary>OpenAI or any compatible server: <c>{Endpoint}/audio/transcriptions</c> (Endpoint ends in <c>/v1</c>), Bearer key.</summary>
    OpenAI,
}
