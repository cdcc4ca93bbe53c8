using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrandBy.CallerSimulator.Scenarios;

/// <summary>Reads and writes a step as an object with exactly one property that names its kind.</summary>
public sealed class ScenarioStepConverter : JsonConverter<ScenarioStep>
{
    private const string Kinds = "say, waitForAnswer, pause, dtmf, hangUp";

    public override ScenarioStep Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A step is an object with one of {Kinds}.");
        }

        reader.Read();
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException($"A step is empty; give one of {Kinds}.");
        }

        var kind = reader.GetString();
        reader.Read();
        ScenarioStep step = kind switch
        {
            "say" => new SayStep(reader.GetString() ?? throw new JsonException("say needs a clip id.")),
            "waitForAnswer" => JsonSerializer.Deserialize<WaitForAnswerStep>(ref reader, options) ?? new WaitForAnswerStep(),
            "pause" => new PauseStep(reader.GetInt32()),
            "dtmf" => new DtmfStep(ReadDigit(ref reader)),
            "hangUp" => ReadHangUp(ref reader, options),
            _ => throw new JsonException($"Unknown step '{kind}'; expected one of {Kinds}."),
        };

        reader.Read();
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException($"A step has exactly one of {Kinds}; '{kind}' has company.");
        }

        return step;
    }

    public override void Write(Utf8JsonWriter writer, ScenarioStep value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case SayStep say:
                writer.WriteString("say", say.ClipId);
                break;
            case WaitForAnswerStep wait:
                writer.WritePropertyName("waitForAnswer");
                JsonSerializer.Serialize(writer, wait, options);
                break;
            case PauseStep pause:
                writer.WriteNumber("pause", pause.Milliseconds);
                break;
            case DtmfStep dtmf:
                writer.WriteString("dtmf", dtmf.Digit);
                break;
            case HangUpStep:
                writer.WritePropertyName("hangUp");
                writer.WriteStartObject();
                writer.WriteEndObject();
                break;
            default:
                throw new JsonException($"Cannot write step {value}.");
        }

        writer.WriteEndObject();
    }

    private static string ReadDigit(ref Utf8JsonReader reader)
    {
        var digit = reader.GetString();
        return digit is { Length: 1 } && "0123456789*#".Contains(digit[0], StringComparison.Ordinal)
            ? digit
            : throw new JsonException($"dtmf needs one of 0-9, *, #; got '{digit}'.");
    }

    private static HangUpStep ReadHangUp(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        JsonSerializer.Deserialize<JsonElement>(ref reader, options);
        return new HangUpStep();
    }
}
