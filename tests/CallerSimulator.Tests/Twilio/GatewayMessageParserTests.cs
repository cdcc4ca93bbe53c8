using System.Text;
using GrandBy.CallerSimulator.Twilio;

namespace GrandBy.CallerSimulator.Tests.Twilio;

public sealed class GatewayMessageParserTests
{
    private const string StreamSid = "MZ1";

    [Fact]
    public void Media_of_any_size_is_read()
    {
        var audio = new byte[1234];
        Random.Shared.NextBytes(audio);

        var payload = Convert.ToBase64String(audio);

        var message = Parse("""{"event":"media","streamSid":"MZ1","media":{"payload":"PAYLOAD"}}""".Replace("PAYLOAD", payload, StringComparison.Ordinal));

        Assert.Equal(GatewayMessageKind.Media, message.Kind);
        Assert.Equal(audio, message.Audio);
    }

    [Fact]
    public void Marks_and_clears_are_read()
    {
        Assert.Equal("x", Parse("""{"event":"mark","streamSid":"MZ1","mark":{"name":"x"}}""").MarkName);
        Assert.Equal(GatewayMessageKind.Clear, Parse("""{"event":"clear","streamSid":"MZ1"}""").Kind);
    }

    [Theory]
    [InlineData("""{"event":"hello","streamSid":"MZ1"}""", "unknown event")]
    [InlineData("""{"event":"clear","streamSid":"MZ2"}""", "another streamSid")]
    [InlineData("""{"event":"clear"}""", "another streamSid")]
    [InlineData("""{"streamSid":"MZ1"}""", "without an \"event\"")]
    [InlineData("""{"event":"media","streamSid":"MZ1","media":{}}""", "media.payload")]
    [InlineData("""{"event":"media","streamSid":"MZ1","media":{"payload":"***"}}""", "not base64")]
    [InlineData("""{"event":"mark","streamSid":"MZ1"}""", "mark.name")]
    [InlineData("""{"event":"clear","streamSid":"MZ1"} trailing""", "invalid JSON")]
    [InlineData("not json", "invalid JSON")]
    public void What_Twilio_would_reject_is_an_error(string json, string expected)
    {
        Assert.False(GatewayMessageParser.TryParse(Encoding.UTF8.GetBytes(json), StreamSid, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    private static GatewayMessage Parse(string json)
    {
        Assert.True(GatewayMessageParser.TryParse(Encoding.UTF8.GetBytes(json), StreamSid, out var message, out var error), error);
        return message;
    }
}
