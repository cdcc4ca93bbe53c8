namespace GrandBy.CallerSimulator.Twilio;

/// <summary>The form fields Twilio posts to the voice webhook when an inbound call is answered.</summary>
public sealed record VoiceWebhookRequest(string AccountSid, string CallSid, string From, string To)
{
    public IReadOnlyList<KeyValuePair<string, string>> ToFormFields() =>
    [
        new("AccountSid", AccountSid),
        new("ApiVersion", "2010-04-01"),
        new("CallSid", CallSid),
        new("CallStatus", "in-progress"),
        new("Called", To),
        new("Caller", From),
        new("Direction", "inbound"),
        new("From", From),
        new("To", To),
    ];
}
