namespace GrandBy.CallerSimulator.Twilio;

/// <summary>The <c>&lt;Connect&gt;&lt;Stream&gt;</c> of a TwiML answer: the URL exactly as written, and its parameters.</summary>
public sealed record TwimlStream(string Url, IReadOnlyDictionary<string, string> Parameters);
