namespace GrandBy.CallerSimulator.Playback;

/// <summary>A mark whose turn to be echoed has come; <see cref="Cleared"/> when a clear released it, unplayed.</summary>
public readonly record struct PlaybackMark(string Name, bool Cleared);
