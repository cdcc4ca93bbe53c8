using OpenAI.Chat;

namespace GrandBy.ProviderEmulators.Tests.Llm;

internal sealed record StreamedReply(string Text, IReadOnlyList<string> Pieces, ChatFinishReason? FinishReason, ChatTokenUsage? Usage);
