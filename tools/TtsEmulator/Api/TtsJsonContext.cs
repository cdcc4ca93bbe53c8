using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrandBy.TtsEmulator.Api;

/// <summary>
/// Source-generated JSON for the wire types. Unknown fields are refused, as Google refuses them
/// ("Invalid JSON payload received. Unknown name …").
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SynthesizeSpeechRequest))]
[JsonSerializable(typeof(SynthesizeSpeechResponse))]
[JsonSerializable(typeof(GoogleError))]
internal sealed partial class TtsJsonContext : JsonSerializerContext;
