using OpenAI.Chat;

namespace GrandBy.ProviderEmulators.Tests.Llm;

[Collection(LlmEmulatorCollection.Name)]
public sealed class OpenAiStreamingTests(LlmEmulatorFixture fixture)
{
    [Fact]
    public async Task The_openai_sdk_streams_the_same_reply_from_the_v1_path()
    {
        using var timeout = TestTimeout.Start();

        var streamed = await SdkClients.StreamAsync(SdkClients.OpenAi(fixture.Server.Endpoint), "어제 공원에서 산책을 했지요", timeout.Token);

        Assert.Equal("산책을 하셨군요! 정말 잘하셨어요. 오늘 날씨는 어땠어요?", streamed.Text);
        Assert.Equal(ChatFinishReason.Stop, streamed.FinishReason);
    }

    [Fact]
    public async Task Only_the_last_user_message_chooses_the_reply()
    {
        using var timeout = TestTimeout.Start();
        ChatMessage[] conversation =
        [
            new UserChatMessage("산책했어요"),
            new AssistantChatMessage("산책을 하셨군요!"),
            new UserChatMessage("hello again"),
        ];

        var completion = await SdkClients.OpenAi(fixture.Server.Endpoint).CompleteChatAsync(conversation, cancellationToken: timeout.Token);

        Assert.Equal("Nice to hear from you. Did you sleep well?", completion.Value.Content[0].Text);
        Assert.Equal("hello again", fixture.Server.Requests.LastUserMessage);
    }
}
