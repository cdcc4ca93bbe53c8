using System.Buffers;
using System.Text.Json;

namespace GrandBy.Gateway.MediaStreams;

/// <summary>Writes the messages we send to Twilio (<c>media</c>, <c>mark</c>, <c>clear</c>) into a reused buffer.</summary>
public sealed class OutboundFrameWriter(string streamSid)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json = new(Stream.Null);

    public ReadOnlyMemory<byte> Media(ReadOnlySpan<byte> mulaw)
    {
        Begin("media"u8);
        _json.WriteStartObject("media"u8);
        _json.WriteBase64String("payload"u8, mulaw);
        _json.WriteEndObject();
        return End();
    }

    public ReadOnlyMemory<byte> Mark(string name)
    {
        Begin("mark"u8);
        _json.WriteStartObject("mark"u8);
        _json.WriteString("name"u8, name);
        _json.WriteEndObject();
        return End();
    }

    public ReadOnlyMemory<byte> Clear()
    {
        Begin("clear"u8);
        return End();
    }

    private void Begin(ReadOnlySpan<byte> eventName)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        _json.WriteString("event"u8, eventName);
        _json.WriteString("streamSid"u8, streamSid);
    }

    private ReadOnlyMemory<byte> End()
    {
        _json.WriteEndObject();
        _json.Flush();
        return _buffer.WrittenMemory;
    }
}
