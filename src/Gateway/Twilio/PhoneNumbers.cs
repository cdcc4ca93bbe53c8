namespace GrandBy.Gateway.Twilio;

/// <summary>Phone numbers are personal data: logs keep only the last four digits.</summary>
public static class PhoneNumbers
{
    public static string Mask(string? number) =>
        string.IsNullOrEmpty(number) ? "(none)" : number.Length <= 4 ? "****" : new string('*', number.Length - 4) + number[^4..];
}
