using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrandBy.LlmEmulator.Rules;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(RulesFile))]
internal sealed partial class RulesJsonContext : JsonSerializerContext;
