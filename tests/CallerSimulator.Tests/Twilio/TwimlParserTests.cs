using GrandBy.CallerSimulator.Twilio;

namespace GrandBy.CallerSimulator.Tests.Twilio;

public sealed class TwimlParserTests
{
    [Fact]
    public void The_stream_url_and_parameters_are_read_from_connect_stream()
    {
        const string twiml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response><Connect action="https://x.test/next"><Stream url="wss://public.example.test/api/twilio/media" name="s">
            <Parameter name="callSid" value="CA1"/><Parameter name="greeting" value="안녕하세요"/></Stream></Connect></Response>
            """;

        var stream = TwimlParser.Parse(twiml);

        Assert.Equal("wss://public.example.test/api/twilio/media", stream.Url);
        Assert.Equal(new Dictionary<string, string> { ["callSid"] = "CA1", ["greeting"] = "안녕하세요" }, stream.Parameters);
    }

    [Theory]
    [InlineData("<Response><Say>hi</Say></Response>", "no <Connect><Stream>")]
    [InlineData("<Response><Connect><Stream url=\"wss://h.test/m?x=1\"/></Connect></Response>", "31920")]
    [InlineData("<Response><Connect><Stream url=\"https://h.test/m\"/></Connect></Response>", "only to wss://")]
    [InlineData("<Response><Connect>", "not XML")]
    [InlineData("<Other/>", "no <Response>")]
    public void What_Twilio_would_reject_is_rejected(string twiml, string expected)
    {
        var exception = Assert.Throws<InvalidDataException>(() => TwimlParser.Parse(twiml));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wss://public.example.test/api/twilio/media", "http://127.0.0.1:5000", "ws://127.0.0.1:5000/api/twilio/media")]
    [InlineData("wss://public.example.test:8443/media", "https://localhost:7001/", "wss://localhost:7001/media")]
    public void The_public_stream_url_is_pointed_at_the_local_gateway(string streamUrl, string gateway, string expected)
    {
        Assert.Equal(new Uri(expected), StreamUrlMapper.ToGateway(streamUrl, new Uri(gateway)));
    }
}
