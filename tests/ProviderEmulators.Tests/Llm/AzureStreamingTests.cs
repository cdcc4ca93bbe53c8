using OpenAI.Chat;

namespace GrandBy.ProviderEmulators.Tests.Llm;

[Collection(LlmEmulatorCollection.Name)]
public sealed class AzureStreamingTests(LlmEmulatorFixture fixture)
{
    public static TheoryData<string, string> CheckInTurns => new()
    {
        { "오늘 아침에 산책했어요", "산책을 하셨군요! 정말 잘하셨어요. 오늘 날씨는 어땠어요?" },
        { "무릎이 좀 아파요", "무릎이 아프셨군요. 오늘은 무리하지 마시고 푹 쉬세요. 약은 잘 챙겨 드셨어요?" },
        { "네, 약은 먹었어요", "약도 잘 챙겨 드셨다니 다행이에요. 내일 이 시간에 다시 전화드릴게요. 좋은 하루 보내세요!" },
        { "Hello there", "Nice to hear from you. Did you sleep well?" },
        { "그냥 그래요", "네, 그렇군요. 조금 더 이야기해 주시겠어요?" },
    };

    [Theory]
    [MemberData(nameof(CheckInTurns))]
    public async Task The_azure_sdk_streams_the_reply_of_the_first_matching_rule(string userMessage, string reply)
    {
        using var timeout = TestTimeout.Start();

        var streamed = await SdkClients.StreamAsync(SdkClients.Azure(fixture.Server.Endpoint), userMessage, timeout.Token);

        Assert.Equal(reply, streamed.Text);
        Assert.Equal(ChatFinishReason.Stop, streamed.FinishReason);
    }

    [Fact]
    public async Task The_reply_arrives_in_small_pieces_that_split_words()
    {
        using var timeout = TestTimeout.Start();

        var streamed = await SdkClients.StreamAsync(SdkClients.Azure(fixture.Server.Endpoint), "산책했어요", timeout.Token);

        Assert.Equal(["산책을", " 하", "셨군요", "! ", "정말 "], streamed.Pieces.Take(5));
        Assert.All(streamed.Pieces, piece => Assert.InRange(piece.Length, 1, 3));
    }

    [Fact]
    public async Task The_usage_chunk_counts_the_reply_pieces()
    {
        using var timeout = TestTimeout.Start();

        var streamed = await SdkClients.StreamAsync(SdkClients.Azure(fixture.Server.Endpoint), "Hello", timeout.Token);

        Assert.NotNull(streamed.Usage);
        Assert.Equal(streamed.Pieces.Count, streamed.Usage.OutputTokenCount);
        Assert.Equal(streamed.Usage.InputTokenCount + streamed.Usage.OutputTokenCount, streamed.Usage.TotalTokenCount);
    }

    [Fact]
    public async Task A_non_streaming_request_gets_the_whole_reply_at_once()
    {
        using var timeout = TestTimeout.Start();

        var completion = await SdkClients.Azure(fixture.Server.Endpoint).CompleteChatAsync([new UserChatMessage("무릎이 아파요")], cancellationToken: timeout.Token);

        Assert.Equal("무릎이 아프셨군요. 오늘은 무리하지 마시고 푹 쉬세요. 약은 잘 챙겨 드셨어요?", completion.Value.Content[0].Text);
        Assert.Equal(ChatFinishReason.Stop, completion.Value.FinishReason);
    }
}
