using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GrandBy.LlmEmulator.Chat;

/// <summary>
/// Writes the JSON of <c>chat.completion</c> and <c>chat.completion.chunk</c> objects field by field, so the
/// shape matches Azure exactly (<c>"delta":{}</c>, <c>"choices":[]</c>, null <c>finish_reason</c>).
/// </summary>
internal static class CompletionJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] FilterCategories = ["hate", "self_harm", "sexual", "violence"];

    /// <summary>Azure's first chunk: no choices, only the prompt's content-filter results.</summary>
    public static byte[] PromptFilterChunk() => Write(writer =>
    {
        writer.WriteStartArray("choices");
        writer.WriteEndArray();
        writer.WriteNumber("created", 0);
        writer.WriteString("id", string.Empty);
        writer.WriteString("model", string.Empty);
        writer.WriteString("object", string.Empty);
        WritePromptFilterResults(writer);
    });

    public static byte[] ContentChunk(CompletionIdentity identity, string content, bool withRole) => Chunk(identity, writer =>
    {
        writer.WriteStartObject("delta");
        writer.WriteString("content", content);
        if (withRole)
        {
            writer.WriteString("role", "assistant");
        }

        writer.WriteEndObject();
        writer.WriteNull("finish_reason");
    });

    public static byte[] FinishChunk(CompletionIdentity identity) => Chunk(identity, writer =>
    {
        writer.WriteStartObject("delta");
        writer.WriteEndObject();
        writer.WriteString("finish_reason", "stop");
    });

    public static byte[] UsageChunk(CompletionIdentity identity, TokenUsage usage) => Write(writer =>
    {
        writer.WriteStartArray("choices");
        writer.WriteEndArray();
        WriteIdentity(writer, identity, "chat.completion.chunk");
        WriteUsage(writer, usage);
    });

    public static byte[] Completion(CompletionIdentity identity, string reply, TokenUsage usage) => Write(writer =>
    {
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        WriteContentFilterResults(writer, identity.Flavor);
        writer.WriteString("finish_reason", "stop");
        writer.WriteNumber("index", 0);
        writer.WriteNull("logprobs");
        writer.WriteStartObject("message");
        writer.WriteString("content", reply);
        writer.WriteNull("refusal");
        writer.WriteString("role", "assistant");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        WriteIdentity(writer, identity, "chat.completion");
        if (identity.Flavor == ApiFlavor.Azure)
        {
            WritePromptFilterResults(writer);
        }

        WriteUsage(writer, usage);
    });

    private static byte[] Chunk(CompletionIdentity identity, Action<Utf8JsonWriter> writeChoiceBody) => Write(writer =>
    {
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        WriteContentFilterResults(writer, identity.Flavor);
        writeChoiceBody(writer);
        writer.WriteNumber("index", 0);
        writer.WriteNull("logprobs");
        writer.WriteEndObject();
        writer.WriteEndArray();
        WriteIdentity(writer, identity, "chat.completion.chunk");
    });

    private static void WriteIdentity(Utf8JsonWriter writer, CompletionIdentity identity, string objectName)
    {
        writer.WriteNumber("created", identity.Created);
        writer.WriteString("id", identity.Id);
        writer.WriteString("model", identity.Model);
        writer.WriteString("object", objectName);
        writer.WriteString("system_fingerprint", "fp_grandby_emulator");
    }

    private static void WriteUsage(Utf8JsonWriter writer, TokenUsage usage)
    {
        writer.WriteStartObject("usage");
        writer.WriteNumber("completion_tokens", usage.CompletionTokens);
        writer.WriteNumber("prompt_tokens", usage.PromptTokens);
        writer.WriteNumber("total_tokens", usage.TotalTokens);
        writer.WriteEndObject();
    }

    private static void WriteContentFilterResults(Utf8JsonWriter writer, ApiFlavor flavor)
    {
        if (flavor != ApiFlavor.Azure)
        {
            return;
        }

        writer.WriteStartObject("content_filter_results");
        WriteSafeCategories(writer);
        writer.WriteEndObject();
    }

    private static void WritePromptFilterResults(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("prompt_filter_results");
        writer.WriteStartObject();
        writer.WriteNumber("prompt_index", 0);
        writer.WriteStartObject("content_filter_results");
        WriteSafeCategories(writer);
        writer.WriteStartObject("jailbreak");
        writer.WriteBoolean("filtered", false);
        writer.WriteBoolean("detected", false);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteSafeCategories(Utf8JsonWriter writer)
    {
        foreach (var category in FilterCategories)
        {
            writer.WriteStartObject(category);
            writer.WriteBoolean("filtered", false);
            writer.WriteString("severity", "safe");
            writer.WriteEndObject();
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeBody(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
