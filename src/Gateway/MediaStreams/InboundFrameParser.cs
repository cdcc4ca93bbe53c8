using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace GrandBy.Gateway.MediaStreams;

/// <summary>
/// Parses Twilio Media Streams JSON in one pass without building a document, decoding a media payload
/// straight into the caller's audio buffer: this runs fifty times a second per call.
/// </summary>
public static class InboundFrameParser
{
    public static bool TryParse(ReadOnlySpan<byte> json, Span<byte> audioDestination, out InboundFrame frame, out BadFrameReason reason)
    {
        frame = default;
        try
        {
            return TryParseCore(json, audioDestination, out frame, out reason);
        }
        catch (JsonException)
        {
            reason = BadFrameReason.NotJson;
            return false;
        }
    }

    private static bool TryParseCore(ReadOnlySpan<byte> json, Span<byte> audioDestination, out InboundFrame frame, out BadFrameReason reason)
    {
        frame = default;
        reason = default;
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            reason = BadFrameReason.NotJson;
            return false;
        }

        string? eventName = null, streamSid = null, markName = null, digit = null;
        long chunk = 0;
        var audioLength = -1;
        var audioValid = true;
        StreamStartInfo? start = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("event"u8))
            {
                reader.Read();
                eventName = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("streamSid"u8))
            {
                reader.Read();
                streamSid = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("media"u8))
            {
                reader.Read();
                ReadMedia(ref reader, audioDestination, ref chunk, ref audioLength, ref audioValid);
            }
            else if (reader.ValueTextEquals("mark"u8))
            {
                reader.Read();
                markName = ReadStringProperty(ref reader, "name"u8);
            }
            else if (reader.ValueTextEquals("dtmf"u8))
            {
                reader.Read();
                digit = ReadStringProperty(ref reader, "digit"u8);
            }
            else if (reader.ValueTextEquals("start"u8))
            {
                reader.Read();
                start = ReadStart(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (eventName is null)
        {
            reason = BadFrameReason.MissingEvent;
            return false;
        }

        switch (eventName)
        {
            case "connected":
                frame = new InboundFrame(MediaStreamEvent.Connected, streamSid);
                return true;
            case "start" when start is null || streamSid is null:
            case "mark" when markName is null || streamSid is null:
            case "dtmf" when digit is null || streamSid is null:
            case "stop" when streamSid is null:
            case "media" when streamSid is null || audioLength < 0 && audioValid:
                reason = BadFrameReason.MissingField;
                return false;
            case "start":
                frame = new InboundFrame(MediaStreamEvent.Start, streamSid, Start: start);
                return true;
            case "media" when !audioValid:
                reason = BadFrameReason.BadAudio;
                return false;
            case "media":
                frame = new InboundFrame(MediaStreamEvent.Media, streamSid, chunk, audioLength);
                return true;
            case "mark":
                frame = new InboundFrame(MediaStreamEvent.Mark, streamSid, MarkName: markName);
                return true;
            case "dtmf":
                frame = new InboundFrame(MediaStreamEvent.Dtmf, streamSid, Digit: digit);
                return true;
            case "stop":
                frame = new InboundFrame(MediaStreamEvent.Stop, streamSid);
                return true;
            default:
                reason = BadFrameReason.UnknownEvent;
                return false;
        }
    }

    private static void ReadMedia(ref Utf8JsonReader reader, Span<byte> audioDestination, ref long chunk, ref int audioLength, ref bool audioValid)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("payload"u8))
            {
                reader.Read();
                audioValid = reader.TokenType == JsonTokenType.String
                    && !reader.ValueIsEscaped
                    && !reader.HasValueSequence
                    && TryDecodeBase64(reader.ValueSpan, audioDestination, out audioLength);
            }
            else if (reader.ValueTextEquals("chunk"u8))
            {
                reader.Read();
                chunk = reader.TokenType == JsonTokenType.String
                    && long.TryParse(reader.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static bool TryDecodeBase64(ReadOnlySpan<byte> base64, Span<byte> destination, out int written) =>
        Base64.DecodeFromUtf8(base64, destination, out _, out written) == OperationStatus.Done;

    private static string? ReadStringProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var matches = reader.ValueTextEquals(name);
            reader.Read();
            if (matches && reader.TokenType == JsonTokenType.String)
            {
                value = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return value;
    }

    private static StreamStartInfo? ReadStart(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var start = JsonElement.ParseValue(ref reader);
        var format = start.TryGetProperty("mediaFormat", out var f) && f.ValueKind == JsonValueKind.Object ? f : default;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (start.TryGetProperty("customParameters", out var custom) && custom.ValueKind == JsonValueKind.Object)
        {
            foreach (var parameter in custom.EnumerateObject())
            {
                parameters[parameter.Name] = parameter.Value.ValueKind == JsonValueKind.String ? parameter.Value.GetString()! : parameter.Value.GetRawText();
            }
        }

        var streamSid = String(start, "streamSid");
        var callSid = String(start, "callSid");
        var accountSid = String(start, "accountSid");
        if (streamSid is null || callSid is null || accountSid is null)
        {
            return null;
        }

        return new StreamStartInfo(
            streamSid,
            callSid,
            accountSid,
            parameters,
            format.ValueKind == JsonValueKind.Object ? String(format, "encoding") ?? "" : "",
            format.ValueKind == JsonValueKind.Object && format.TryGetProperty("sampleRate", out var rate) && rate.TryGetInt32(out var hz) ? hz : 0,
            format.ValueKind == JsonValueKind.Object && format.TryGetProperty("channels", out var ch) && ch.TryGetInt32(out var channels) ? channels : 0);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
