using System.ComponentModel.DataAnnotations;

namespace GrandBy.Grains.Response;

public sealed class ResponseOptions
{
    public const string SectionName = "Response";

    /// <summary>How many sentences are synthesised at once; audio is still released in sentence order.</summary>
    [Range(1, 16)]
    public int MaxParallelSynthesis { get; set; } = 3;

    /// <summary>Attempts per sentence before it is skipped.</summary>
    [Range(1, 5)]
    public int SynthesisAttempts { get; set; } = 2;

    /// <summary>The longest a whole answer may take, model and speech together.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AnswerTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Spoken when the model fails before it said anything, so the caller never hears silence.</summary>
    [Required]
    public string FallbackLine { get; set; } = "죄송해요, 잠시 연결이 고르지 않았어요. 다시 한 번 말씀해 주시겠어요?";
}
