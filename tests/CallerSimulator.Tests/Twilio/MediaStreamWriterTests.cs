using System.Text.Json;
using GrandBy.CallerSimulator.Twilio;

namespace GrandBy.CallerSimulator.Tests.Twilio;

public sealed class MediaStreamWriterTests
{
    private readonly MediaStreamWriter _writer = new("AC1", "CA1", "MZ1");

    [Fact]
    public void Connected_carries_protocol_and_version_and_no_stream()
    {
        var json = Parse(_writer.Connected());

        Assert.Equal("connected", json.GetProperty("event").GetString());
        Assert.Equal("Call", json.GetProperty("protocol").GetString());
        Assert.Equal("1.0.0", json.GetProperty("version").GetString());
        Assert.False(json.TryGetProperty("streamSid", out _));
    }

    [Fact]
    public void Start_is_sequence_one_with_the_call_the_track_the_format_and_the_parameters()
    {
        _writer.Connected();

        var json = Parse(_writer.Start(new Dictionary<string, string> { ["k"] = "값" }));

        Assert.Equal("1", json.GetProperty("sequenceNumber").GetString());
        Assert.Equal("MZ1", json.GetProperty("streamSid").GetString());
        var start = json.GetProperty("start");
        Assert.Equal("AC1", start.GetProperty("accountSid").GetString());
        Assert.Equal("CA1", start.GetProperty("callSid").GetString());
        Assert.Equal("MZ1", start.GetProperty("streamSid").GetString());
        Assert.Equal(["inbound"], start.GetProperty("tracks").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("값", start.GetProperty("customParameters").GetProperty("k").GetString());
        var format = start.GetProperty("mediaFormat");
        Assert.Equal("audio/x-mulaw", format.GetProperty("encoding").GetString());
        Assert.Equal(8000, format.GetProperty("sampleRate").GetInt32());
        Assert.Equal(1, format.GetProperty("channels").GetInt32());
    }

    [Fact]
    public void Media_counts_sequence_chunk_and_timestamp_as_strings()
    {
        _writer.Start(new Dictionary<string, string>());
        var frame = Enumerable.Range(0, 160).Select(i => (byte)i).ToArray();

        var first = Parse(_writer.Media(frame));
        var second = Parse(_writer.Media(frame));

        Assert.Equal(("2", "1", "0"), Counters(first));
        Assert.Equal(("3", "2", "20"), Counters(second));
        Assert.Equal("inbound", first.GetProperty("media").GetProperty("track").GetString());
        Assert.Equal(frame, first.GetProperty("media").GetProperty("payload").GetBytesFromBase64());
    }

    [Fact]
    public void Dtmf_mark_and_stop_share_the_sequence()
    {
        _writer.Start(new Dictionary<string, string>());

        var dtmf = Parse(_writer.Dtmf("5"));
        var mark = Parse(_writer.Mark("m"));
        var stop = Parse(_writer.Stop());

        Assert.Equal("2", dtmf.GetProperty("sequenceNumber").GetString());
        Assert.Equal("inbound_track", dtmf.GetProperty("dtmf").GetProperty("track").GetString());
        Assert.Equal("5", dtmf.GetProperty("dtmf").GetProperty("digit").GetString());
        Assert.Equal("3", mark.GetProperty("sequenceNumber").GetString());
        Assert.Equal("m", mark.GetProperty("mark").GetProperty("name").GetString());
        Assert.Equal("4", stop.GetProperty("sequenceNumber").GetString());
        Assert.Equal("CA1", stop.GetProperty("stop").GetProperty("callSid").GetString());
        Assert.Equal("AC1", stop.GetProperty("stop").GetProperty("accountSid").GetString());
    }

    private static (string?, string?, string?) Counters(JsonElement media) =>
        (media.GetProperty("sequenceNumber").GetString(),
         media.GetProperty("media").GetProperty("chunk").GetString(),
         media.GetProperty("media").GetProperty("timestamp").GetString());

    private static JsonElement Parse(ReadOnlyMemory<byte> json) => JsonDocument.Parse(json.ToArray()).RootElement;
}
