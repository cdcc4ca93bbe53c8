namespace GrandBy.CallerSimulator.Tests.Fakes;

/// <summary>Agent scripts for the fake gateway.</summary>
internal static class Agents
{
    public const int ReplyBytes = 2400;

    /// <summary>Greets (0.3 s + mark), then answers each utterance, after 3 silent frames, with 0.3 s + a mark.</summary>
    public static async Task GreetAndAnswerAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        if (await connection.WaitForAsync(f => f.Event == "start", cancellationToken) is null)
        {
            return;
        }

        await connection.SendAudioAsync(ReplyBytes, cancellationToken);
        await connection.SendMarkAsync("greeting", cancellationToken);
        for (var turn = 1; await connection.WaitForEndOfSpeechAsync(3, cancellationToken); turn++)
        {
            await connection.SendAudioAsync(ReplyBytes / 2, cancellationToken);
            await connection.SendAudioAsync(ReplyBytes / 2, cancellationToken);
            await connection.SendMarkAsync($"answer-{turn}", cancellationToken);
        }
    }
}
