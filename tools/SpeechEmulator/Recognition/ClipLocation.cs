using GrandBy.Clips;

namespace GrandBy.SpeechEmulator.Recognition;

/// <summary>A window of <see cref="Clip"/> audio starting at byte <see cref="Offset"/>.</summary>
public readonly record struct ClipLocation(Clip Clip, int Offset);
