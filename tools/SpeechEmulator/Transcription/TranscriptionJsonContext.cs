using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace GrandBy.SpeechEmulator.Transcription;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TranscriptionText))]
[JsonSerializable(typeof(VerboseTranscription))]
[JsonSerializable(typeof(OpenAiErrorResponse))]
internal sealed partial class TranscriptionJsonContext : JsonSerializerContext
{
    /// <summary>Writes Korean as UTF-8 rather than <c>\uXXXX</c> escapes, as OpenAI does.</summary>
    public static TranscriptionJsonContext Utf8 { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}
