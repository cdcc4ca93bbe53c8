using System.ComponentModel.DataAnnotations;

namespace GrandBy.Grains.Calls;

public sealed class CallOptions
{
    public const string SectionName = "Call";

    /// <summary>What the agent says when the call connects.</summary>
    [Required]
    public string Greeting { get; set; } = "안녕하세요, 어르신. 그랜드바이 안부 전화예요. 오늘 하루 어떻게 지내셨어요?";

    /// <summary>How long a call whose socket was lost waits for a new stream before it ends.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReattachGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Feed the recogniser silence instead of the caller while the agent's answer plays, for lines with strong echo (no barge-in then).</summary>
    public bool EchoGate { get; set; }
}
