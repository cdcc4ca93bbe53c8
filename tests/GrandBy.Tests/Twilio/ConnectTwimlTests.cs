using System.Xml.Linq;
using GrandBy.Gateway.Twilio;

namespace GrandBy.Tests.Twilio;

public class ConnectTwimlTests
{
    private static readonly TwilioOptions Options = new() { PublicBaseUrl = new Uri("https://voice.example.com") };

    [Fact]
    public void Media_stream_twiml_connects_to_the_wss_url_with_callbacks_and_parameters()
    {
        var twiml = ConnectTwiml.ToMediaStream(Options, new Dictionary<string, string> { ["From"] = "+821012345678", ["SeniorId"] = "senior-7" });

        var response = XDocument.Parse(twiml).Root!;
        Assert.Equal("Response", response.Name.LocalName);
        var connect = Assert.Single(response.Elements());
        Assert.Equal("Connect", connect.Name.LocalName);
        Assert.Equal([("action", "https://voice.example.com/api/twilio/connect-action")], Attributes(connect));
        var stream = Assert.Single(connect.Elements());
        Assert.Equal("Stream", stream.Name.LocalName);
        Assert.Equal(
            [
                ("url", "wss://voice.example.com/api/twilio/media-stream"),
                ("statusCallback", "https://voice.example.com/api/twilio/stream-status"),
                ("statusCallbackMethod", "POST"),
            ],
            Attributes(stream));
        Assert.Equal(
            [[("name", "From"), ("value", "+821012345678")], [("name", "SeniorId"), ("value", "senior-7")]],
            stream.Elements().Select(parameter =>
            {
                Assert.Equal("Parameter", parameter.Name.LocalName);
                Assert.Empty(parameter.Nodes());
                return Attributes(parameter);
            }));
    }

    [Fact]
    public void Media_stream_twiml_is_one_line_in_the_exact_form_twilio_expects()
    {
        var twiml = ConnectTwiml.ToMediaStream(Options, new Dictionary<string, string> { ["From"] = "+821012345678" });

        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<Response><Connect action=\"https://voice.example.com/api/twilio/connect-action\">"
            + "<Stream url=\"wss://voice.example.com/api/twilio/media-stream\" statusCallback=\"https://voice.example.com/api/twilio/stream-status\" statusCallbackMethod=\"POST\">"
            + "<Parameter name=\"From\" value=\"+821012345678\"></Parameter></Stream></Connect></Response>",
            twiml);
    }

    [Fact]
    public void The_stream_url_has_no_query_string()
    {
        var stream = XDocument.Parse(ConnectTwiml.ToMediaStream(Options, new Dictionary<string, string> { ["a"] = "b" })).Descendants("Stream").Single();

        Assert.DoesNotContain('?', stream.Attribute("url")!.Value);
    }

    [Fact]
    public void Parameter_values_with_korean_and_xml_special_characters_survive()
    {
        const string Value = "김영희 <\"&'> 님";

        var twiml = ConnectTwiml.ToMediaStream(Options, new Dictionary<string, string> { ["Name"] = Value });

        var parameter = XDocument.Parse(twiml).Descendants("Parameter").Single();
        Assert.Equal(("Name", Value), (parameter.Attribute("name")!.Value, parameter.Attribute("value")!.Value));
    }

    [Fact]
    public void Without_parameters_the_stream_has_no_children()
    {
        var stream = XDocument.Parse(ConnectTwiml.ToMediaStream(Options, new Dictionary<string, string>())).Descendants("Stream").Single();

        Assert.Empty(stream.Nodes());
    }

    [Fact]
    public void Urls_follow_a_public_base_path()
    {
        var options = new TwilioOptions { PublicBaseUrl = new Uri("https://example.com/gateway/") };

        var document = XDocument.Parse(ConnectTwiml.ToMediaStream(options, new Dictionary<string, string>()));

        Assert.Equal("https://example.com/gateway/api/twilio/connect-action", document.Descendants("Connect").Single().Attribute("action")!.Value);
        var stream = document.Descendants("Stream").Single();
        Assert.Equal("wss://example.com/gateway/api/twilio/media-stream", stream.Attribute("url")!.Value);
        Assert.Equal("https://example.com/gateway/api/twilio/stream-status", stream.Attribute("statusCallback")!.Value);
    }

    [Fact]
    public void Hang_up_twiml_is_a_single_hangup_verb()
    {
        var response = XDocument.Parse(ConnectTwiml.HangUp()).Root!;

        Assert.Equal("Response", response.Name.LocalName);
        Assert.Equal("Hangup", Assert.Single(response.Elements()).Name.LocalName);
    }

    private static List<(string, string)> Attributes(XElement element) =>
        element.Attributes().Select(attribute => (attribute.Name.LocalName, attribute.Value)).ToList();
}
