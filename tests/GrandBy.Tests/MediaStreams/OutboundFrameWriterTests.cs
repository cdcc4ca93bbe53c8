using System.Text;
using System.Text.Json;
using GrandBy.Gateway.MediaStreams;

namespace GrandBy.Tests.MediaStreams;

public class OutboundFrameWriterTests
{
    private const string StreamSid = "MZ18ad3ab5a668481ce02b83e7395059f0";

    private readonly OutboundFrameWriter _writer = new(StreamSid);

    private static string Text(ReadOnlyMemory<byte> message) => Encoding.UTF8.GetString(message.Span);

    [Fact]
    public void Media_message_carries_the_audio_as_base64()
    {
        var message = Text(_writer.Media([0xFF, 0x7F, 0x00, 0x80]));

        Assert.Equal($$$"""{"event":"media","streamSid":"{{{StreamSid}}}","media":{"payload":"/38AgA=="}}""", message);
    }

    [Fact]
    public void Media_payload_round_trips_through_a_json_parser()
    {
        var mulaw = Enumerable.Range(0, 800).Select(i => (byte)(i * 7)).ToArray();

        using var json = JsonDocument.Parse(_writer.Media(mulaw));

        Assert.Equal("media", json.RootElement.GetProperty("event").GetString());
        Assert.Equal(StreamSid, json.RootElement.GetProperty("streamSid").GetString());
        Assert.Equal(mulaw, json.RootElement.GetProperty("media").GetProperty("payload").GetBytesFromBase64());
    }

    [Fact]
    public void Mark_message_carries_the_name()
    {
        Assert.Equal($$$"""{"event":"mark","streamSid":"{{{StreamSid}}}","mark":{"name":"3:1"}}""", Text(_writer.Mark("3:1")));
    }

    [Fact]
    public void Mark_name_with_quotes_and_korean_survives_a_json_parser()
    {
        using var json = JsonDocument.Parse(_writer.Mark("답\"1\""));

        Assert.Equal("답\"1\"", json.RootElement.GetProperty("mark").GetProperty("name").GetString());
    }

    [Fact]
    public void Clear_message_has_only_the_event_and_stream_sid()
    {
        Assert.Equal($$$"""{"event":"clear","streamSid":"{{{StreamSid}}}"}""", Text(_writer.Clear()));
    }

    [Fact]
    public void Empty_audio_gives_an_empty_payload()
    {
        Assert.Equal($$$"""{"event":"media","streamSid":"{{{StreamSid}}}","media":{"payload":""}}""", Text(_writer.Media([])));
    }

    [Fact]
    public void The_writer_is_reused_and_each_message_is_exactly_the_last_one_written()
    {
        var big = Text(_writer.Media(new byte[4000]));
        var clear = Text(_writer.Clear());
        var mark = Text(_writer.Mark("0:0"));
        var small = Text(_writer.Media([1, 2, 3]));
        var clearAgain = Text(_writer.Clear());

        Assert.Equal($$$"""{"event":"media","streamSid":"{{{StreamSid}}}","media":{"payload":"{{{Convert.ToBase64String(new byte[4000])}}}"}}""", big);
        Assert.Equal($$$"""{"event":"clear","streamSid":"{{{StreamSid}}}"}""", clear);
        Assert.Equal($$$"""{"event":"mark","streamSid":"{{{StreamSid}}}","mark":{"name":"0:0"}}""", mark);
        Assert.Equal($$$"""{"event":"media","streamSid":"{{{StreamSid}}}","media":{"payload":"AQID"}}""", small);
        Assert.Equal(clear, clearAgain);
    }

    [Fact]
    public void Messages_written_by_the_writer_parse_as_the_inbound_parser_expects()
    {
        var audio = new byte[64];
        byte[] mulaw = [9, 8, 7];

        Assert.True(InboundFrameParser.TryParse(_writer.Media(mulaw).Span, audio, out var media, out _));
        Assert.True(InboundFrameParser.TryParse(_writer.Mark("4:2").Span, audio, out var mark, out _));

        Assert.Equal((MediaStreamEvent.Media, StreamSid, 3), (media.Event, media.StreamSid, media.AudioLength));
        Assert.Equal((MediaStreamEvent.Mark, "4:2"), (mark.Event, mark.MarkName));
    }
}
