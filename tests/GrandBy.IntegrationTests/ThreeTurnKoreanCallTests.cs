using GrandBy.Calls;
using GrandBy.CallerSimulator.Recording;
using GrandBy.CallerSimulator.Scenarios;
using GrandBy.Providers.Synthesis;
using Microsoft.Extensions.DependencyInjection;

namespace GrandBy.IntegrationTests;

/// <summary>
/// A whole Korean check-in call through the real gateway, grains, gRPC and HTTP clients and the
/// emulators, as Twilio would place it, in real time.
/// </summary>
[Collection(LocalStackCollection.Name)]
public sealed class ThreeTurnKoreanCallTests(LocalStackFixture fixture)
{
    private static readonly string[][] AgentSentences =
    [
        ["안녕하세요, 어르신.", "그랜드바이 안부 전화예요.", "오늘 하루 어떻게 지내셨어요?"],
        ["산책을 하셨군요!", "정말 잘하셨어요.", "오늘 날씨는 어땠어요?"],
        ["무릎이 아프셨군요.", "오늘은 무리하지 마시고 푹 쉬세요.", "약은 잘 챙겨 드셨어요?"],
        ["약도 잘 챙겨 드셨다니 다행이에요.", "내일 이 시간에 다시 전화드릴게요.", "좋은 하루 보내세요!"],
    ];

    private static readonly string[] CallerTranscripts =
    [
        "네, 잘 지냈어요. 오늘은 산책을 했어요.",
        "날씨는 좋았는데 무릎이 조금 아팠어요.",
        "네, 아침에 약 먹었어요. 고마워요.",
    ];

    [Fact]
    public async Task Three_turn_call_keeps_the_exact_transcript_and_the_caller_hears_every_sentence_in_order()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var scenario = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "ko-checkin.json"));

        var recording = await fixture.Stack.CreateCaller().RunAsync(scenario, cancellationToken: timeout.Token);

        recording.EnsureSuccess();
        var call = await fixture.CallAsync(recording.CallSid);
        Assert.Equal(CallStatus.Ended, call.Status);
        Assert.Equal(ExpectedTurns(), call.Turns.Select(t => (t.Speaker, t.Text)).ToArray());
        Assert.All(call.Turns.Where(t => t.Speaker == Speaker.Agent), turn => Assert.All(turn.Sentences, s => Assert.True(s.Played, s.Text)));
        Assert.Equal(AgentSentences, call.Turns.Where(t => t.Speaker == Speaker.Agent).Select(t => t.Sentences.Select(s => s.Text).ToArray()).ToArray());

        var expectedMarks = AgentSentences.SelectMany((sentences, answer) => sentences.Select((_, index) => $"{answer}:{index}")).ToArray();
        Assert.Equal(expectedMarks, recording.MarksEchoed);
        Assert.Equal(await ExpectedAudioBeforeEachMarkAsync(timeout.Token), AudioBeforeEachMark(recording));
        Assert.Equal(4, recording.Turns.Count);
        Assert.All(recording.Turns, turn => Assert.NotNull(turn.Latency));
    }

    private static (Speaker, string)[] ExpectedTurns()
    {
        var turns = new List<(Speaker, string)> { (Speaker.Agent, string.Join(' ', AgentSentences[0])) };
        for (var i = 0; i < CallerTranscripts.Length; i++)
        {
            turns.Add((Speaker.Caller, CallerTranscripts[i]));
            turns.Add((Speaker.Agent, string.Join(' ', AgentSentences[i + 1])));
        }

        return [.. turns];
    }

    /// <summary>Each sentence's audio as the production TTS client gets it from the emulator, keyed by its mark.</summary>
    private async Task<(string Mark, long Bytes)[]> ExpectedAudioBeforeEachMarkAsync(CancellationToken cancellationToken)
    {
        var synthesizer = fixture.Stack.Host!.Services.GetRequiredService<ISpeechSynthesizer>();
        var expected = new List<(string, long)>();
        for (var answer = 0; answer < AgentSentences.Length; answer++)
        {
            for (var index = 0; index < AgentSentences[answer].Length; index++)
            {
                var audio = await synthesizer.SynthesizeAsync(AgentSentences[answer][index], cancellationToken);
                expected.Add(($"{answer}:{index}", audio.Length));
            }
        }

        return [.. expected];
    }

    /// <summary>The audio bytes the caller received between one mark and the next, in arrival order.</summary>
    private static (string Mark, long Bytes)[] AudioBeforeEachMark(CallRecording recording)
    {
        var segments = new List<(string, long)>();
        long bytes = 0;
        foreach (var callerEvent in recording.Events)
        {
            switch (callerEvent)
            {
                case AudioReceived audio:
                    bytes += audio.Bytes;
                    break;
                case MarkReceived mark:
                    segments.Add((mark.Name, bytes));
                    bytes = 0;
                    break;
            }
        }

        return [.. segments];
    }
}
