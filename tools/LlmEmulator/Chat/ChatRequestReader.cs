using System.Text;
using System.Text.Json;

namespace GrandBy.LlmEmulator.Chat;

/// <summary>Reads the request body; <c>content</c> may be a string or an array of <c>{"type":"text","text":…}</c> parts.</summary>
internal static class ChatRequestReader
{
    public static async Task<(ChatRequest? Request, string? Error)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            return (null, $"We could not parse the JSON body of your request. ({exception.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("messages", out var messages)
                || messages.ValueKind != JsonValueKind.Array)
            {
                return (null, "'messages' is a required property");
            }

            if (messages.GetArrayLength() == 0)
            {
                return (null, "[] is too short - 'messages'");
            }

            var turns = messages.EnumerateArray().Select(ReadTurn).ToList();
            var stream = root.TryGetProperty("stream", out var streamValue) && streamValue.ValueKind == JsonValueKind.True;
            var includeUsage = root.TryGetProperty("stream_options", out var streamOptions)
                && streamOptions.ValueKind == JsonValueKind.Object
                && streamOptions.TryGetProperty("include_usage", out var usage)
                && usage.ValueKind == JsonValueKind.True;
            var model = root.TryGetProperty("model", out var modelValue) && modelValue.ValueKind == JsonValueKind.String ? modelValue.GetString() : null;
            return (new ChatRequest(turns, stream, includeUsage, model), null);
        }
    }

    private static ChatTurn ReadTurn(JsonElement message)
    {
        var role = message.TryGetProperty("role", out var roleValue) && roleValue.ValueKind == JsonValueKind.String ? roleValue.GetString()! : string.Empty;
        if (!message.TryGetProperty("content", out var content))
        {
            return new ChatTurn(role, string.Empty);
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return new ChatTurn(role, content.GetString()!);
        }

        var text = new StringBuilder();
        if (content.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in content.EnumerateArray())
            {
                if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var partText) && partText.ValueKind == JsonValueKind.String)
                {
                    text.Append(partText.GetString());
                }
            }
        }

        return new ChatTurn(role, text.ToString());
    }
}
