using GrandBy.Calls;
using GrandBy.CallerSimulator.Scenarios;
using Microsoft.Extensions.DependencyInjection;

namespace GrandBy.IntegrationTests;

/// <summary>A whole call whose speech provider refuses streaming still gets every word, through chunk mode.</summary>
[Collection(LocalStackCollection.Name)]
public sealed class ChunkModeCallTests(LocalStackFixture fixture)
{
    [Fact]
    public async Task A_call_whose_streaming_recogniser_is_down_completes_in_chunk_mode_with_the_full_transcript()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var scenario = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "ko-checkin.json"));
        fixture.Stack.Speech.Faults.RefuseStreaming = true;
        try
        {
            var recording = (await fixture.Stack.CreateCaller().RunAsync(scenario, cancellationToken: timeout.Token)).EnsureSuccess();

            var call = await fixture.CallAsync(recording.CallSid);
            Assert.Equal(
                ["네, 잘 지냈어요. 오늘은 산책을 했어요.", "날씨는 좋았는데 무릎이 조금 아팠어요.", "네, 아침에 약 먹었어요. 고마워요."],
                call.Turns.Where(t => t.Speaker == Speaker.Caller).Select(t => t.Text));
            Assert.Equal(7, call.Turns.Count);
        }
        finally
        {
            fixture.Stack.Speech.Faults.RefuseStreaming = false;
        }
    }
}
