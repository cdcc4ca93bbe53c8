namespace GrandBy.Grains.Stt;

/// <summary>How caller speech is recognised (the seed's <c>STT_MODE</c>).</summary>
public enum SttMode
{
    /// <summary>One Google streaming session, rolled over before its time limit.</summary>
    Streaming,

    /// <summary>Silence-separated utterances sent one by one to a batch recogniser (Whisper).</summary>
    Chunk,
}
