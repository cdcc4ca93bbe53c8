namespace GrandBy.Grains.Stt;

/// <summary>What a call's recognition has been through, for tests and the call's log.</summary>
public sealed class RecognitionStats
{
    public int StreamsOpened { get; internal set; }

    public int Rollovers { get; internal set; }

    /// <summary>Rollovers forced while the caller was speaking, whose audio was re-sent to the new stream.</summary>
    public int RolloversDuringSpeech { get; internal set; }

    public int Reconnects { get; internal set; }

    public int DuplicatesDropped { get; internal set; }

    public bool FellBackToChunk { get; internal set; }
}
