using System.Security.Cryptography;

namespace GrandBy.CallerSimulator.Twilio;

/// <summary>Twilio identifiers: a two-letter prefix (CA call, AC account, MZ stream) and 32 hex digits.</summary>
public static class TwilioSid
{
    public static string New(string prefix) => prefix + RandomNumberGenerator.GetHexString(32, lowercase: true);
}
