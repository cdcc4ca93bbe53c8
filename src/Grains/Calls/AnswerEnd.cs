namespace GrandBy.Grains.Calls;

[GenerateSerializer, Alias("grandby.answer-end")]
public enum AnswerEnd
{
    Completed,
    Cancelled,
    FellBack,
}
