using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GrandBy.CallerSimulator.Twilio;

/// <summary>
/// Writes the Media Streams messages Twilio sends, with its counters: one <c>sequenceNumber</c> for the
/// stream starting at 1 on <c>start</c>, media <c>chunk</c> from 1, <c>timestamp</c> in ms since the stream
/// started; numeric fields are strings. Each result is valid until the next call; not thread-safe.
/// </summary>
public sealed class MediaStreamWriter
{
    public const int SampleRate = 8000;

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;
    private readonly string _accountSid;
    private readonly string _callSid;
    private readonly string _streamSid;
    private long _sequenceNumber;
    private long _chunk;
    private long _timestampMilliseconds;

    public MediaStreamWriter(string accountSid, string callSid, string streamSid)
    {
        _accountSid = accountSid;
        _callSid = callSid;
        _streamSid = streamSid;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public string StreamSid => _streamSid;

    public ReadOnlyMemory<byte> Connected() => Write(json =>
    {
        json.WriteString("event", "connected");
        json.WriteString("protocol", "Call");
        json.WriteString("version", "1.0.0");
    });

    public ReadOnlyMemory<byte> Start(IReadOnlyDictionary<string, string> customParameters) => Write(json =>
    {
        WriteHeader(json, "start");
        json.WriteStartObject("start");
        json.WriteString("accountSid", _accountSid);
        json.WriteString("streamSid", _streamSid);
        json.WriteString("callSid", _callSid);
        json.WriteStartArray("tracks");
        json.WriteStringValue("inbound");
        json.WriteEndArray();
        json.WriteStartObject("mediaFormat");
        json.WriteString("encoding", "audio/x-mulaw");
        json.WriteNumber("sampleRate", SampleRate);
        json.WriteNumber("channels", 1);
        json.WriteEndObject();
        json.WriteStartObject("customParameters");
        foreach (var (name, value) in customParameters)
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    });

    public ReadOnlyMemory<byte> Media(ReadOnlySpan<byte> audio)
    {
        _chunk++;
        var timestamp = _timestampMilliseconds;
        _timestampMilliseconds += audio.Length * 1000L / SampleRate;
        var json = Begin();
        WriteHeader(json, "media");
        json.WriteStartObject("media");
        json.WriteString("track", "inbound");
        json.WriteString("chunk", Format(_chunk));
        json.WriteString("timestamp", Format(timestamp));
        json.WriteBase64String("payload", audio);
        json.WriteEndObject();
        return End(json);
    }

    public ReadOnlyMemory<byte> Dtmf(string digit) => Write(json =>
    {
        WriteHeader(json, "dtmf");
        json.WriteStartObject("dtmf");
        json.WriteString("track", "inbound_track");
        json.WriteString("digit", digit);
        json.WriteEndObject();
    });

    public ReadOnlyMemory<byte> Mark(string name) => Write(json =>
    {
        WriteHeader(json, "mark");
        json.WriteStartObject("mark");
        json.WriteString("name", name);
        json.WriteEndObject();
    });

    public ReadOnlyMemory<byte> Stop() => Write(json =>
    {
        WriteHeader(json, "stop");
        json.WriteStartObject("stop");
        json.WriteString("accountSid", _accountSid);
        json.WriteString("callSid", _callSid);
        json.WriteEndObject();
    });

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    private void WriteHeader(Utf8JsonWriter json, string eventName)
    {
        json.WriteString("event", eventName);
        json.WriteString("sequenceNumber", Format(++_sequenceNumber));
        json.WriteString("streamSid", _streamSid);
    }

    private ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> body)
    {
        var json = Begin();
        body(json);
        return End(json);
    }

    private Utf8JsonWriter Begin()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        return _json;
    }

    private ReadOnlyMemory<byte> End(Utf8JsonWriter json)
    {
        json.WriteEndObject();
        json.Flush();
        return _buffer.WrittenMemory;
    }
}
