using GrandBy.Grains.Response;

namespace GrandBy.Tests.Response;

public class SentenceSegmenterTests
{
    private readonly SentenceSegmenter _segmenter = new();

    private List<string> Feed(IEnumerable<string> pieces, bool flush = true)
    {
        var sentences = new List<string>();
        foreach (var piece in pieces)
        {
            sentences.AddRange(_segmenter.Append(piece));
        }

        if (flush && _segmenter.Flush() is { } rest)
        {
            sentences.Add(rest);
        }

        return sentences;
    }

    [Fact]
    public void Emulator_walk_reply_streamed_in_small_pieces_gives_three_sentences()
    {
        var sentences = Feed(Streamed.Pieces("산책을 하셨군요! 정말 잘하셨어요. 오늘 날씨는 어땠어요?"));

        Assert.Equal(["산책을 하셨군요!", "정말 잘하셨어요.", "오늘 날씨는 어땠어요?"], sentences);
    }

    [Fact]
    public void Emulator_knee_reply_streamed_in_small_pieces_gives_three_sentences()
    {
        var sentences = Feed(Streamed.Pieces("무릎이 아프셨군요. 오늘은 무리하지 마시고 푹 쉬세요. 약은 잘 챙겨 드셨어요?"));

        Assert.Equal(["무릎이 아프셨군요.", "오늘은 무리하지 마시고 푹 쉬세요.", "약은 잘 챙겨 드셨어요?"], sentences);
    }

    [Fact]
    public void Emulator_medicine_reply_streamed_in_small_pieces_gives_three_sentences()
    {
        var sentences = Feed(Streamed.Pieces("약도 잘 챙겨 드셨다니 다행이에요. 내일 이 시간에 다시 전화드릴게요. 좋은 하루 보내세요!"));

        Assert.Equal(["약도 잘 챙겨 드셨다니 다행이에요.", "내일 이 시간에 다시 전화드릴게요.", "좋은 하루 보내세요!"], sentences);
    }

    [Fact]
    public void Emulator_default_reply_streamed_in_small_pieces_gives_two_sentences()
    {
        var sentences = Feed(Streamed.Pieces("네, 그렇군요. 조금 더 이야기해 주시겠어요?"));

        Assert.Equal(["네, 그렇군요.", "조금 더 이야기해 주시겠어요?"], sentences);
    }

    [Fact]
    public void Emulator_english_reply_streamed_in_small_pieces_gives_two_sentences()
    {
        var sentences = Feed(Streamed.Pieces("Nice to hear from you. Did you sleep well?"));

        Assert.Equal(["Nice to hear from you.", "Did you sleep well?"], sentences);
    }

    [Fact]
    public void A_sentence_is_returned_as_soon_as_the_space_after_it_arrives()
    {
        Assert.Empty(_segmenter.Append("정말 잘하셨어요."));
        Assert.Equal(["정말 잘하셨어요."], _segmenter.Append(" 오늘"));
        Assert.Equal("오늘", _segmenter.Flush());
    }

    [Theory]
    [InlineData("Is it? Yes", "Is it?")]
    [InlineData("Great! Yes", "Great!")]
    [InlineData("Done. Yes", "Done.")]
    [InlineData("끝났어요。 다음", "끝났어요。")]
    [InlineData("글쎄요… 다음", "글쎄요…")]
    [InlineData("정말？ 다음", "정말？")]
    [InlineData("정말！ 다음", "정말！")]
    public void Each_terminator_followed_by_a_space_ends_a_sentence(string text, string first)
    {
        Assert.Equal([first], _segmenter.Append(text));
    }

    [Fact]
    public void A_line_break_ends_a_sentence_without_punctuation()
    {
        Assert.Equal(["첫째 줄", "둘째 줄"], _segmenter.Append("첫째 줄\n둘째 줄\n"));
        Assert.Null(_segmenter.Flush());
    }

    [Fact]
    public void A_windows_line_break_leaves_no_carriage_return_in_the_sentence()
    {
        Assert.Equal(["first line"], _segmenter.Append("first line\r\nsecond"));
        Assert.Equal("second", _segmenter.Flush());
    }

    [Fact]
    public void A_terminator_followed_by_a_line_break_gives_one_sentence_and_no_empty_one()
    {
        Assert.Equal(["Hi.", "There."], Feed(["Hi.\nThere.\n"]));
    }

    [Fact]
    public void A_terminator_at_the_end_of_the_buffer_waits_for_the_next_delta()
    {
        Assert.Empty(_segmenter.Append("기온은 3."));
        Assert.Equal(["기온은 3.5도예요."], _segmenter.Append("5도예요. "));
    }

    [Fact]
    public void Decimal_point_inside_a_number_does_not_end_a_sentence()
    {
        Assert.Equal(["The dose is 3.5 mg.", "Take it."], Feed(["The dose is 3.5 mg. Take it."]));
    }

    [Fact]
    public void Decimal_number_streamed_as_three_dot_then_five_stays_whole()
    {
        Assert.Empty(_segmenter.Append("오늘 기온은 3."));
        Assert.Empty(_segmenter.Append("5도"));
        Assert.Equal(["오늘 기온은 3.5도입니다."], _segmenter.Append("입니다. "));
        Assert.Null(_segmenter.Flush());
    }

    [Fact]
    public void Decimal_number_split_in_every_two_and_three_character_piece_stays_whole()
    {
        var sentences = Feed(Streamed.Pieces("체온이 36.5도예요. 정상이에요."));

        Assert.Equal(["체온이 36.5도예요.", "정상이에요."], sentences);
    }

    [Theory]
    [InlineData("정말요?! 네", "정말요?!")]
    [InlineData("Wait... What", "Wait...")]
    [InlineData("글쎄요…. 네", "글쎄요….")]
    public void A_run_of_terminators_stays_with_its_sentence(string text, string first)
    {
        Assert.Equal([first], _segmenter.Append(text));
    }

    [Theory]
    [InlineData("He said \"hi.\" Then", "He said \"hi.\"")]
    [InlineData("(Really?) Then", "(Really?)")]
    [InlineData("“좋아요.” 그리고", "“좋아요.”")]
    [InlineData("「좋아요。」 그리고", "「좋아요。」")]
    [InlineData("'ok!' Then", "'ok!'")]
    public void Closing_quotes_and_brackets_stay_with_their_sentence(string text, string first)
    {
        Assert.Equal([first], _segmenter.Append(text));
    }

    [Fact]
    public void Closing_quote_at_the_end_of_the_buffer_waits_for_the_next_delta()
    {
        Assert.Empty(_segmenter.Append("\"좋아요.\""));
        Assert.Equal(["\"좋아요.\""], _segmenter.Append(" 다음"));
    }

    [Theory]
    [InlineData("Mr. Kim called. Then", "Mr. Kim called.")]
    [InlineData("Ask Dr. Lee today. Then", "Ask Dr. Lee today.")]
    [InlineData("Mrs. Park is here. Then", "Mrs. Park is here.")]
    [InlineData("Ms. Choi is here. Then", "Ms. Choi is here.")]
    [InlineData("Go to St. Mary now. Then", "Go to St. Mary now.")]
    [InlineData("Fruit, e.g. apples, helps. Then", "Fruit, e.g. apples, helps.")]
    [InlineData("That is, i.e. rest, helps. Then", "That is, i.e. rest, helps.")]
    public void Abbreviations_do_not_end_a_sentence(string text, string first)
    {
        Assert.Equal([first], _segmenter.Append(text));
    }

    [Fact]
    public void Abbreviation_is_recognised_whatever_its_case()
    {
        Assert.Equal(["ask dr. Lee."], _segmenter.Append("ask dr. Lee. Then"));
    }

    [Fact]
    public void A_word_merely_ending_like_an_abbreviation_still_ends_a_sentence()
    {
        Assert.Equal(["We came first."], _segmenter.Append("We came first. Then"));
    }

    [Fact]
    public void A_title_missing_from_the_abbreviation_list_ends_a_sentence()
    {
        Assert.Equal(["Yes, Sr."], _segmenter.Append("Yes, Sr. Then"));
    }

    [Fact]
    public void A_line_break_ends_a_sentence_even_after_an_abbreviation()
    {
        Assert.Equal(["I saw Mr.", "Then"], Feed(["I saw Mr.\nThen"]));
    }

    [Theory]
    [InlineData("오늘은 날씨가 좋습니다 내일은", "오늘은 날씨가 좋습니다")]
    [InlineData("오늘은 정말 좋아요 내일은", "오늘은 정말 좋아요")]
    [InlineData("어디 가시는 길입니까 궁금해요", "어디 가시는 길입니까")]
    public void Korean_sentence_final_ending_followed_by_a_space_ends_unpunctuated_text(string text, string first)
    {
        Assert.Equal([first], _segmenter.Append(text));
    }

    [Fact]
    public void Unpunctuated_korean_reply_streamed_in_small_pieces_is_cut_at_each_ending()
    {
        var sentences = Feed(Streamed.Pieces("산책을 하셨군요 정말 잘하셨어요 오늘 날씨는 어땠어요"));

        Assert.Equal(["산책을 하셨군요", "정말 잘하셨어요", "오늘 날씨는 어땠어요"], sentences);
    }

    [Fact]
    public void Korean_ending_waits_for_the_space_after_it()
    {
        Assert.Empty(_segmenter.Append("오늘은 정말 좋아요"));
        Assert.Equal(["오늘은 정말 좋아요"], _segmenter.Append(" "));
    }

    [Theory]
    [InlineData("네 좋아요 그럼")]
    [InlineData("좋아요 그럼")]
    [InlineData("그래요 네")]
    public void Short_korean_fragment_with_an_ending_is_not_cut(string text)
    {
        Assert.Empty(_segmenter.Append(text));
        Assert.Equal(text, _segmenter.Flush());
    }

    [Fact]
    public void Short_korean_fragment_after_a_sentence_is_not_cut_either()
    {
        Assert.Equal(["그렇군요."], _segmenter.Append("그렇군요. 네 좋아요 그럼"));
        Assert.Equal("네 좋아요 그럼", _segmenter.Flush());
    }

    [Theory]
    [InlineData("그게 다 좋은 일이에요")]
    [InlineData("모두들 다 왔어")]
    [InlineData("오늘은 다 잘 될 거야")]
    public void A_standalone_da_is_not_a_sentence_ending(string text)
    {
        Assert.Empty(_segmenter.Append(text));
        Assert.Equal(text, _segmenter.Flush());
    }

    [Fact]
    public void Ending_letters_after_a_non_hangul_character_do_not_cut()
    {
        Assert.Empty(_segmenter.Append("숫자 123다 그리고 abc요 그래서"));
    }

    [Fact]
    public void Flush_returns_the_unfinished_rest_trimmed()
    {
        Assert.Equal(["첫 문장이에요."], _segmenter.Append("첫 문장이에요. 그리고 남은  "));
        Assert.Equal("그리고 남은", _segmenter.Flush());
    }

    [Fact]
    public void Flush_returns_a_sentence_whose_terminator_ended_the_text()
    {
        Assert.Empty(_segmenter.Append("마지막이에요?!"));
        Assert.Equal("마지막이에요?!", _segmenter.Flush());
    }

    [Fact]
    public void Flush_returns_null_when_nothing_is_left()
    {
        Assert.Equal(["끝."], _segmenter.Append("끝. "));
        Assert.Null(_segmenter.Flush());
    }

    [Fact]
    public void Flush_returns_null_for_whitespace_only()
    {
        _segmenter.Append("  \t ");
        Assert.Null(_segmenter.Flush());
    }

    [Fact]
    public void Flush_empties_the_buffer_so_the_segmenter_can_be_reused()
    {
        _segmenter.Append("이전 답변");
        Assert.Equal("이전 답변", _segmenter.Flush());

        Assert.Equal(["새 답변이에요."], _segmenter.Append("새 답변이에요. "));
        Assert.Null(_segmenter.Flush());
    }

    [Fact]
    public void Empty_delta_returns_no_sentences()
    {
        Assert.Empty(_segmenter.Append(""));
        Assert.Null(_segmenter.Flush());
    }

    [Fact]
    public void Several_sentences_in_one_delta_are_returned_in_order()
    {
        Assert.Equal(["One.", "Two?", "Three!"], _segmenter.Append("One. Two? Three! Four"));
        Assert.Equal("Four", _segmenter.Flush());
    }

    [Fact]
    public void Leading_and_repeated_spaces_are_trimmed_from_sentences()
    {
        Assert.Equal(["One.", "Two."], _segmenter.Append("   One.    Two.  "));
    }

    [Fact]
    public void The_same_text_gives_the_same_sentences_one_character_at_a_time()
    {
        const string Text = "Dr. Kim said 3.5 is fine!? \"Yes.\" 오늘은 날씨가 좋습니다 내일 봬요.";
        var whole = new SentenceSegmenter();
        var expected = whole.Append(Text).ToList();
        expected.Add(whole.Flush()!);

        var sentences = Feed(Text.Select(c => c.ToString()));

        Assert.Equal(["Dr. Kim said 3.5 is fine!?", "\"Yes.\"", "오늘은 날씨가 좋습니다", "내일 봬요."], expected);
        Assert.Equal(expected, sentences);
    }
}
