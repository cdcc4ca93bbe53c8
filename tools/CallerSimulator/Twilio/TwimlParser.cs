using System.Xml;
using System.Xml.Linq;

namespace GrandBy.CallerSimulator.Twilio;

/// <summary>Reads the stream that a voice webhook's TwiML connects to, rejecting what Twilio would reject.</summary>
public static class TwimlParser
{
    public static TwimlStream Parse(string twiml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(twiml);
        }
        catch (XmlException exception)
        {
            throw new InvalidDataException($"The TwiML is not XML: {exception.Message}", exception);
        }

        if (document.Root?.Name.LocalName != "Response")
        {
            throw new InvalidDataException("The TwiML has no <Response> root.");
        }

        var stream = document.Root.Elements("Connect").Elements("Stream").FirstOrDefault()
            ?? throw new InvalidDataException("The TwiML has no <Connect><Stream>.");
        var url = stream.Attribute("url")?.Value
            ?? throw new InvalidDataException("The TwiML <Stream> has no url.");
        ValidateUrl(url);

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in stream.Elements("Parameter"))
        {
            var name = parameter.Attribute("name")?.Value
                ?? throw new InvalidDataException("A TwiML <Parameter> has no name.");
            parameters[name] = parameter.Attribute("value")?.Value ?? string.Empty;
        }

        return new TwimlStream(url, parameters);
    }

    private static void ValidateUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "wss")
        {
            throw new InvalidDataException($"Twilio streams only to wss:// URLs; the TwiML has '{url}'.");
        }

        if (!string.IsNullOrEmpty(uri.Query))
        {
            throw new InvalidDataException($"Twilio rejects a query string in the stream URL (error 31920): '{url}'.");
        }
    }
}
