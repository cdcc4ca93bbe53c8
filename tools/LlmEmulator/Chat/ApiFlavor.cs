namespace GrandBy.LlmEmulator.Chat;

/// <summary>Which service the request was addressed to; Azure adds content-filter results and answers errors its own way.</summary>
internal enum ApiFlavor
{
    Azure,
    OpenAi,
}
