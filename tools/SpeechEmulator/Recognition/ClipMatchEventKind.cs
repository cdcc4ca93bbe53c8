namespace GrandBy.SpeechEmulator.Recognition;

public enum ClipMatchEventKind
{
    /// <summary>The stream's audio started to agree with a clip.</summary>
    Started,

    /// <summary>More of the clip was heard since the last event.</summary>
    Progressed,

    /// <summary>The match is over: enough non-matching audio followed it, or the stream completed.</summary>
    Ended,
}
