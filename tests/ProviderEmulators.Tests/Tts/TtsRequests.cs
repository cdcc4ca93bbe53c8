using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GrandBy.ProviderEmulators.Tests.Tts;

/// <summary>Posts Google-shaped bodies to <c>v1/text:synthesize</c> over real HTTP.</summary>
internal static class TtsRequests
{
    public static string Body(string text, string encoding = "MULAW", int sampleRate = 8000, string languageCode = "ko-KR") =>
        JsonSerializer.Serialize(new
        {
            input = new { text },
            voice = new { languageCode, name = "ko-KR-Neural2-A" },
            audioConfig = new { audioEncoding = encoding, sampleRateHertz = sampleRate, speakingRate = 1.0, pitch = 0.0, effectsProfileId = new[] { "telephony-class-application" } },
        });

    public static async Task<(int Status, JsonElement Json)> PostAsync(Uri endpoint, string body, CancellationToken cancellationToken, string? bearer = null)
    {
        using var client = new HttpClient { BaseAddress = endpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/text:synthesize") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
        return ((int)response.StatusCode, json);
    }

    public static async Task<byte[]> SynthesizeAsync(Uri endpoint, string text, CancellationToken cancellationToken)
    {
        var (status, json) = await PostAsync(endpoint, Body(text), cancellationToken);
        Assert.Equal(200, status);
        return json.GetProperty("audioContent").GetBytesFromBase64();
    }
}
