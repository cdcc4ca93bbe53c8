using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace GrandBy.Providers.Configuration;

/// <summary>Reads the seed's flat <c>.env</c> keys (e.g. <c>GOOGLE_STT_MODEL</c>) from the configuration root.</summary>
internal static class SeedKeys
{
    public static void Apply(IConfiguration configuration, string key, Action<string> assign)
    {
        var value = configuration[key];
        if (!string.IsNullOrWhiteSpace(value))
        {
            assign(value.Trim());
        }
    }

    public static void ApplyBoolean(IConfiguration configuration, string key, Action<bool> assign) =>
        Apply(configuration, key, value => assign(ParseBoolean(key, value)));

    public static void ApplyInt32(IConfiguration configuration, string key, Action<int> assign) =>
        Apply(configuration, key, value => assign(
            int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new InvalidOperationException($"{key} must be an integer; got '{value}'.")));

    private static bool ParseBoolean(string key, string value) => value.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        _ => throw new InvalidOperationException($"{key} must be true or false; got '{value}'."),
    };
}
