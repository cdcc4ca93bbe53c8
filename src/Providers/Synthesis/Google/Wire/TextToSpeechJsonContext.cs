using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrandBy.Providers.Synthesis.Google.Wire;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SynthesizeSpeechRequest))]
[JsonSerializable(typeof(SynthesizeSpeechResponse))]
[JsonSerializable(typeof(GoogleErrorResponse))]
internal sealed partial class TextToSpeechJsonContext : JsonSerializerContext;
