using System.Text.Json;

namespace GrandBy.CallerSimulator.Twilio;

/// <summary>
/// Checks a text frame from the gateway as Twilio does: JSON with a known <c>event</c> and this stream's
/// <c>streamSid</c> (else Twilio's error 31951), base64 mu-law for media, a name for marks.
/// </summary>
public static class GatewayMessageParser
{
    public static bool TryParse(ReadOnlyMemory<byte> utf8Json, string streamSid, out GatewayMessage message, out string error)
    {
        message = GatewayMessage.Clear;
        error = string.Empty;
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("event", out var eventElement)
                || eventElement.ValueKind != JsonValueKind.String)
            {
                error = "a message without an \"event\" (31951)";
                return false;
            }

            var eventName = eventElement.GetString();
            if (eventName is not ("media" or "mark" or "clear"))
            {
                error = $"unknown event \"{eventName}\" (31951)";
                return false;
            }

            if (!root.TryGetProperty("streamSid", out var sidElement) || sidElement.ValueKind != JsonValueKind.String
                || sidElement.GetString() != streamSid)
            {
                error = $"{eventName} for another streamSid than {streamSid} (31951)";
                return false;
            }

            return eventName switch
            {
                "media" => TryReadMedia(root, out message, out error),
                "mark" => TryReadMark(root, out message, out error),
                _ => true,
            };
        }
        catch (JsonException exception)
        {
            error = $"invalid JSON (31951): {exception.Message}";
            return false;
        }
    }

    private static bool TryReadMedia(JsonElement root, out GatewayMessage message, out string error)
    {
        message = GatewayMessage.Clear;
        error = string.Empty;
        if (!root.TryGetProperty("media", out var media) || media.ValueKind != JsonValueKind.Object
            || !media.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.String)
        {
            error = "media without media.payload (31951)";
            return false;
        }

        if (!payload.TryGetBytesFromBase64(out var audio))
        {
            error = "media.payload is not base64 (31951)";
            return false;
        }

        message = GatewayMessage.Media(audio);
        return true;
    }

    private static bool TryReadMark(JsonElement root, out GatewayMessage message, out string error)
    {
        message = GatewayMessage.Clear;
        error = string.Empty;
        if (!root.TryGetProperty("mark", out var mark) || mark.ValueKind != JsonValueKind.Object
            || !mark.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
        {
            error = "mark without mark.name (31951)";
            return false;
        }

        message = GatewayMessage.Mark(name.GetString() ?? string.Empty);
        return true;
    }
}
