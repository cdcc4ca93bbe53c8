namespace GrandBy.Calls;

/// <summary>Who spoke a turn.</summary>
[GenerateSerializer, Alias("grandby.speaker")]
public enum Speaker
{
    /// <summary>The person on the phone.</summary>
    Caller,

    /// <summary>The AI agent.</summary>
    Agent,
}
