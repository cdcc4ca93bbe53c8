using GrandBy.Grains.Calls;

namespace GrandBy.Tests.Calls;

public class AnswerMarksTests
{
    [Theory]
    [InlineData(3, 7, "3:7")]
    [InlineData(0, 0, "0:0")]
    [InlineData(int.MaxValue, 12, "2147483647:12")]
    public void Name_is_answer_colon_sentence(int answerId, int sentenceIndex, string name)
    {
        Assert.Equal(name, AnswerMarks.Name(answerId, sentenceIndex));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(42, 17)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public void A_name_parses_back_to_its_answer_and_sentence(int answerId, int sentenceIndex)
    {
        Assert.True(AnswerMarks.TryParse(AnswerMarks.Name(answerId, sentenceIndex), out var parsedAnswer, out var parsedSentence));
        Assert.Equal((answerId, sentenceIndex), (parsedAnswer, parsedSentence));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData(":3")]
    [InlineData("3:")]
    [InlineData("a:3")]
    [InlineData("3:b")]
    [InlineData("-1:3")]
    [InlineData("3:-1")]
    [InlineData("+1:3")]
    [InlineData(" 1:3")]
    [InlineData("1:3 ")]
    [InlineData("1:2:3")]
    [InlineData("99999999999:1")]
    [InlineData("greeting")]
    public void Marks_not_made_by_Name_are_rejected(string name)
    {
        Assert.False(AnswerMarks.TryParse(name, out _, out _));
    }
}
