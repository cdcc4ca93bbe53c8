using System.Text.Json;

namespace GrandBy.CallerSimulator.Tests.Fakes;

/// <summary>A message the fake gateway received, when (gateway clock), parsed.</summary>
internal sealed record ReceivedFrame(string Event, JsonElement Json, TimeSpan At)
{
    public string? Sequence => Json.TryGetProperty("sequenceNumber", out var value) ? value.GetString() : null;

    public string? MarkName => Event == "mark" ? Json.GetProperty("mark").GetProperty("name").GetString() : null;

    public byte[] Payload => Json.GetProperty("media").GetProperty("payload").GetBytesFromBase64();

    public bool IsSpeech => Event == "media" && Payload.Any(b => b != 0xFF);
}
