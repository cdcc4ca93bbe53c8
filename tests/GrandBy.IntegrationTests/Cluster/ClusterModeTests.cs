using GrandBy.Calls;
using GrandBy.CallerSimulator.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace GrandBy.IntegrationTests.Cluster;

/// <summary>A call through a stand-alone gateway to a separate silo, with membership and call state in Redis.</summary>
public sealed class ClusterModeTests(RedisClusterFixture fixture) : IClassFixture<RedisClusterFixture>
{
    [Fact]
    public async Task A_call_through_the_gateway_to_a_silo_found_in_Redis_is_answered_and_its_transcript_persisted_there()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var scenario = new Scenario("ko-lunch", "+821012345678", "+8215880000", [new WaitForAnswerStep(), new SayStep("ko-lunch"), new WaitForAnswerStep(), new HangUpStep()]);

        var recording = (await fixture.Stack.CreateCaller().RunAsync(scenario, cancellationToken: timeout.Token)).EnsureSuccess();

        var call = await fixture.Stack.Host!.Services.GetRequiredService<IGrainFactory>().GetGrain<ICallGrain>(recording.CallSid).GetSnapshotAsync();
        Assert.Equal(CallStatus.Ended, call.Status);
        Assert.Equal(
            [(Speaker.Caller, "점심은 딸이랑 같이 먹었어요."), (Speaker.Agent, "네, 그렇군요. 조금 더 이야기해 주시겠어요?")],
            call.Turns.Skip(1).Select(t => (t.Speaker, t.Text)).ToArray());
        var server = fixture.Redis.Connection.GetServers().Single();
        var key = Assert.Single(server.Keys(pattern: $"*{recording.CallSid}*"));
        Assert.StartsWith("grandby-voice/state/call/", key.ToString());
        var fields = await fixture.Redis.Connection.GetDatabase().HashGetAllAsync(key);
        Assert.Contains(fields, field => Contains((byte[])field.Value!, "점심은 딸이랑 같이 먹었어요."));
    }

    private static bool Contains(byte[] stored, string text) => stored.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;
}
