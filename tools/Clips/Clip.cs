namespace GrandBy.Clips;

/// <summary>One recorded utterance: 8 kHz mu-law bytes, no header, and what is said in it.</summary>
public sealed record Clip(string Id, string LanguageCode, string Text, byte[] Audio)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Audio.Length / 8000.0);
}
