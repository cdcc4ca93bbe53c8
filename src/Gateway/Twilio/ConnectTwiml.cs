using System.Xml.Linq;
using Twilio.TwiML;
using Twilio.TwiML.Voice;
using TwimlStream = Twilio.TwiML.Voice.Stream;

namespace GrandBy.Gateway.Twilio;

/// <summary>The TwiML that connects a call to this gateway's media-stream socket.</summary>
public static class ConnectTwiml
{
    public const string ConnectActionPath = "/api/twilio/connect-action";
    public const string StreamStatusPath = "/api/twilio/stream-status";

    /// <summary>
    /// <c>&lt;Connect action&gt;&lt;Stream url&gt;</c>: Twilio allows no query string in the stream URL,
    /// so call data travels as <c>&lt;Parameter&gt;</c>s and arrives in the start message.
    /// </summary>
    public static string ToMediaStream(TwilioOptions options, IReadOnlyDictionary<string, string> parameters)
    {
        var stream = new TwimlStream(
            url: PublicUrls.MediaStream(options),
            statusCallback: PublicUrls.Http(options, StreamStatusPath),
            statusCallbackMethod: TwimlStream.StatusCallbackMethodEnum.Post);
        foreach (var (name, value) in parameters)
        {
            stream.Parameter(name: name, value: value);
        }

        var connect = new Connect(action: new Uri(PublicUrls.Http(options, ConnectActionPath)));
        connect.Append(stream);
        return new VoiceResponse().Append(connect).ToString(SaveOptions.DisableFormatting);
    }

    public static string HangUp() => new VoiceResponse().Hangup().ToString(SaveOptions.DisableFormatting);
}
