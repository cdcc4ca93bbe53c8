using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrandBy.LlmEmulator.Errors;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiError))]
internal sealed partial class ErrorJsonContext : JsonSerializerContext;
