using System.Text;
using GrandBy.Gateway.MediaStreams;

namespace GrandBy.Tests.MediaStreams;

public class InboundFrameParserTests
{
    private const string StreamSid = "MZ18ad3ab5a668481ce02b83e7395059f0";
    private const string CallSid = "CA5f4e2f6d5a3b7c9e1d2f3a4b5c6d7e8f";
    private const string AccountSid = "ACa1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6";

    private readonly byte[] _audio = new byte[1024];

    private bool Parse(string json, out InboundFrame frame, out BadFrameReason reason) =>
        InboundFrameParser.TryParse(Encoding.UTF8.GetBytes(json), _audio, out frame, out reason);

    private BadFrameReason Rejected(string json, int audioBytes = 1024)
    {
        Assert.False(InboundFrameParser.TryParse(Encoding.UTF8.GetBytes(json), new byte[audioBytes], out _, out var reason));
        return reason;
    }

    [Fact]
    public void Connected_message_parses_without_a_stream_sid()
    {
        Assert.True(Parse("""{"event":"connected","protocol":"Call","version":"1.0.0"}""", out var frame, out _));

        Assert.Equal(new InboundFrame(MediaStreamEvent.Connected, null), frame);
    }

    [Fact]
    public void Start_message_carries_call_account_custom_parameters_and_media_format()
    {
        var json = $$"""
            {
              "event": "start",
              "sequenceNumber": "1",
              "start": {
                "accountSid": "{{AccountSid}}",
                "streamSid": "{{StreamSid}}",
                "callSid": "{{CallSid}}",
                "tracks": ["inbound"],
                "mediaFormat": { "encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1 },
                "customParameters": { "From": "+821012345678", "SeniorId": "senior-7", "이름": "김영희" }
              },
              "streamSid": "{{StreamSid}}"
            }
            """;

        Assert.True(Parse(json, out var frame, out _));

        Assert.Equal(MediaStreamEvent.Start, frame.Event);
        Assert.Equal(StreamSid, frame.StreamSid);
        var start = Assert.IsType<StreamStartInfo>(frame.Start);
        Assert.Equal((StreamSid, CallSid, AccountSid), (start.StreamSid, start.CallSid, start.AccountSid));
        Assert.Equal(("audio/x-mulaw", 8000, 1), (start.Encoding, start.SampleRate, start.Channels));
        Assert.Equal(
            new Dictionary<string, string> { ["From"] = "+821012345678", ["SeniorId"] = "senior-7", ["이름"] = "김영희" },
            start.CustomParameters);
    }

    [Fact]
    public void Start_message_without_custom_parameters_or_media_format_has_empty_ones()
    {
        var json = $$$"""{"event":"start","streamSid":"{{{StreamSid}}}","start":{"streamSid":"{{{StreamSid}}}","callSid":"{{{CallSid}}}","accountSid":"{{{AccountSid}}}"}}""";

        Assert.True(Parse(json, out var frame, out _));

        var start = frame.Start!;
        Assert.Empty(start.CustomParameters);
        Assert.Equal(("", 0, 0), (start.Encoding, start.SampleRate, start.Channels));
    }

    [Fact]
    public void Media_message_decodes_its_payload_into_the_destination_and_parses_the_chunk_string()
    {
        byte[] mulaw = [0xFF, 0x7F, 0x00, 0x80, 0x12, 0xAB, 0xFE];
        var json = $$$"""{"event":"media","sequenceNumber":"4","media":{"track":"inbound","chunk":"3","timestamp":"5","payload":"{{{Convert.ToBase64String(mulaw)}}}"},"streamSid":"{{{StreamSid}}}"}""";

        Assert.True(Parse(json, out var frame, out _));

        Assert.Equal(new InboundFrame(MediaStreamEvent.Media, StreamSid, Chunk: 3, AudioLength: mulaw.Length), frame);
        Assert.Equal(mulaw, _audio[..mulaw.Length]);
    }

    [Fact]
    public void A_twenty_millisecond_media_frame_decodes_to_160_bytes()
    {
        var mulaw = Enumerable.Range(0, 160).Select(i => (byte)i).ToArray();
        var json = $$$"""{"event":"media","streamSid":"{{{StreamSid}}}","media":{"track":"inbound","chunk":"12345678901","timestamp":"240","payload":"{{{Convert.ToBase64String(mulaw)}}}"}}""";

        Assert.True(Parse(json, out var frame, out _));

        Assert.Equal(12345678901, frame.Chunk);
        Assert.Equal(160, frame.AudioLength);
        Assert.Equal(mulaw, _audio[..160]);
    }

    [Fact]
    public void A_payload_exactly_as_long_as_the_destination_is_decoded()
    {
        var mulaw = Enumerable.Range(0, 160).Select(i => (byte)i).ToArray();
        var destination = new byte[160];
        var json = $$$"""{"event":"media","streamSid":"{{{StreamSid}}}","media":{"chunk":"1","payload":"{{{Convert.ToBase64String(mulaw)}}}"}}""";

        Assert.True(InboundFrameParser.TryParse(Encoding.UTF8.GetBytes(json), destination, out var frame, out _));

        Assert.Equal(160, frame.AudioLength);
        Assert.Equal(mulaw, destination);
    }

    [Fact]
    public void Media_message_with_an_empty_payload_has_no_audio()
    {
        Assert.True(Parse($$$"""{"event":"media","streamSid":"{{{StreamSid}}}","media":{"chunk":"2","payload":""}}""", out var frame, out _));

        Assert.Equal(new InboundFrame(MediaStreamEvent.Media, StreamSid, Chunk: 2, AudioLength: 0), frame);
    }

    [Fact]
    public void Mark_message_carries_the_echoed_name()
    {
        var json = $$$"""{"event":"mark","sequenceNumber":"9","streamSid":"{{{StreamSid}}}","mark":{"name":"3:1"}}""";

        Assert.True(Parse(json, out var frame, out _));

        Assert.Equal(new InboundFrame(MediaStreamEvent.Mark, StreamSid, MarkName: "3:1"), frame);
    }

    [Fact]
    public void Dtmf_message_carries_the_digit()
    {
        var json = $$$"""{"event":"dtmf","streamSid":"{{{StreamSid}}}","sequenceNumber":"5","dtmf":{"track":"inbound_track","digit":"#"}}""";

        Assert.True(Parse(json, out var frame, out _));

        Assert.Equal(new InboundFrame(MediaStreamEvent.Dtmf, StreamSid, Digit: "#"), frame);
    }

    [Fact]
    public void Stop_message_parses()
    {
        var json = $$$"""{"event":"stop","sequenceNumber":"52","streamSid":"{{{StreamSid}}}","stop":{"accountSid":"{{{AccountSid}}}","callSid":"{{{CallSid}}}"}}""";

        Assert.True(Parse(json, out var frame, out _));

        Assert.Equal(new InboundFrame(MediaStreamEvent.Stop, StreamSid), frame);
    }

    [Fact]
    public void Property_order_does_not_matter()
    {
        var payload = Convert.ToBase64String([1, 2, 3]);
        string[] orders =
        [
            $$$"""{"event":"media","streamSid":"{{{StreamSid}}}","media":{"chunk":"7","payload":"{{{payload}}}"}}""",
            $$$"""{"media":{"payload":"{{{payload}}}","chunk":"7"},"streamSid":"{{{StreamSid}}}","event":"media"}""",
            $$$"""{"streamSid":"{{{StreamSid}}}","media":{"timestamp":"120","payload":"{{{payload}}}","track":"inbound","chunk":"7"},"sequenceNumber":"8","event":"media"}""",
        ];

        foreach (var json in orders)
        {
            Array.Clear(_audio);
            Assert.True(Parse(json, out var frame, out _), json);
            Assert.Equal(new InboundFrame(MediaStreamEvent.Media, StreamSid, Chunk: 7, AudioLength: 3), frame);
            Assert.Equal([1, 2, 3], _audio[..3]);
        }
    }

    [Fact]
    public void Start_with_its_block_before_the_event_parses()
    {
        var json = $$$"""{"start":{"callSid":"{{{CallSid}}}","customParameters":{"From":"+1"},"accountSid":"{{{AccountSid}}}","streamSid":"{{{StreamSid}}}"},"streamSid":"{{{StreamSid}}}","event":"start"}""";

        Assert.True(Parse(json, out var frame, out _));

        Assert.Equal(CallSid, frame.Start!.CallSid);
        Assert.Equal("+1", frame.Start.CustomParameters["From"]);
    }

    [Fact]
    public void Unknown_properties_with_nested_values_are_skipped()
    {
        var json = $$$"""{"extra":{"a":[1,{"b":null}],"c":"d"},"event":"mark","streamSid":"{{{StreamSid}}}","mark":{"other":{"x":1},"name":"0:0"},"more":[true]}""";

        Assert.True(Parse(json, out var frame, out _));

        Assert.Equal(new InboundFrame(MediaStreamEvent.Mark, StreamSid, MarkName: "0:0"), frame);
    }

    [Fact]
    public void Escaped_strings_are_unescaped()
    {
        Assert.True(Parse($$$"""{"event":"mark","streamSid":"{{{StreamSid}}}","mark":{"name":"\uB2F5\/1"}}""", out var frame, out _));

        Assert.Equal("답/1", frame.MarkName);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("{\"event\":\"media\"")]
    [InlineData("{\"event\":}")]
    [InlineData("\"media\"")]
    [InlineData("42")]
    public void Text_that_is_not_a_json_object_is_not_json(string text)
    {
        Assert.Equal(BadFrameReason.NotJson, Rejected(text));
    }

    [Fact]
    public void A_json_array_is_not_json()
    {
        Assert.Equal(BadFrameReason.NotJson, Rejected("""[{"event":"stop","streamSid":"MZ1"}]"""));
    }

    [Theory]
    [InlineData("""{"streamSid":"MZ1","stop":{}}""")]
    [InlineData("""{}""")]
    [InlineData("""{"event":null,"streamSid":"MZ1"}""")]
    [InlineData("""{"event":7,"streamSid":"MZ1"}""")]
    public void A_message_without_an_event_name_is_missing_its_event(string json)
    {
        Assert.Equal(BadFrameReason.MissingEvent, Rejected(json));
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("clear")]
    [InlineData("Media")]
    public void An_unknown_event_is_unknown(string eventName)
    {
        Assert.Equal(BadFrameReason.UnknownEvent, Rejected($$$"""{"event":"{{{eventName}}}","streamSid":"MZ1"}"""));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAE")]
    [InlineData("AA==AA==")]
    public void Invalid_base64_payload_is_bad_audio(string payload)
    {
        Assert.Equal(BadFrameReason.BadAudio, Rejected($$$"""{"event":"media","streamSid":"MZ1","media":{"chunk":"1","payload":"{{{payload}}}"}}"""));
    }

    [Fact]
    public void A_payload_that_is_not_a_string_is_bad_audio()
    {
        Assert.Equal(BadFrameReason.BadAudio, Rejected("""{"event":"media","streamSid":"MZ1","media":{"chunk":"1","payload":123}}"""));
    }

    [Fact]
    public void A_payload_larger_than_the_destination_is_bad_audio()
    {
        var payload = Convert.ToBase64String(new byte[161]);

        Assert.Equal(BadFrameReason.BadAudio, Rejected($$$"""{"event":"media","streamSid":"MZ1","media":{"chunk":"1","payload":"{{{payload}}}"}}""", audioBytes: 160));
    }

    [Fact]
    public void Media_without_a_stream_sid_is_missing_a_field()
    {
        var payload = Convert.ToBase64String([1, 2]);

        Assert.Equal(BadFrameReason.MissingField, Rejected($$$"""{"event":"media","media":{"chunk":"1","payload":"{{{payload}}}"}}"""));
    }

    [Theory]
    [InlineData("""{"event":"media","streamSid":"MZ1","media":{"chunk":"1"}}""")]
    [InlineData("""{"event":"media","streamSid":"MZ1"}""")]
    [InlineData("""{"event":"media","streamSid":"MZ1","media":"AAEC"}""")]
    public void Media_without_a_payload_is_missing_a_field(string json)
    {
        Assert.Equal(BadFrameReason.MissingField, Rejected(json));
    }

    [Fact]
    public void Start_without_a_call_sid_is_missing_a_field()
    {
        var json = $$$"""{"event":"start","streamSid":"{{{StreamSid}}}","start":{"streamSid":"{{{StreamSid}}}","accountSid":"{{{AccountSid}}}","customParameters":{}} }""";

        Assert.Equal(BadFrameReason.MissingField, Rejected(json));
    }

    [Theory]
    [InlineData("""{"event":"start","start":{"streamSid":"MZ1","callSid":"CA1","accountSid":"AC1"}}""")]
    [InlineData("""{"event":"start","streamSid":"MZ1"}""")]
    [InlineData("""{"event":"start","streamSid":"MZ1","start":{"callSid":"CA1","accountSid":"AC1"}}""")]
    [InlineData("""{"event":"start","streamSid":"MZ1","start":{"streamSid":"MZ1","callSid":"CA1"}}""")]
    [InlineData("""{"event":"mark","streamSid":"MZ1","mark":{}}""")]
    [InlineData("""{"event":"mark","mark":{"name":"1:0"}}""")]
    [InlineData("""{"event":"dtmf","streamSid":"MZ1","dtmf":{"track":"inbound_track"}}""")]
    [InlineData("""{"event":"dtmf","dtmf":{"digit":"1"}}""")]
    [InlineData("""{"event":"stop","stop":{"callSid":"CA1"}}""")]
    public void Other_messages_without_their_required_fields_are_missing_a_field(string json)
    {
        Assert.Equal(BadFrameReason.MissingField, Rejected(json));
    }
}
