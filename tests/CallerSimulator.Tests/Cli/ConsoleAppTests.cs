using GrandBy.CallerSimulator.Cli;
using GrandBy.CallerSimulator.Tests.Fakes;

namespace GrandBy.CallerSimulator.Tests.Cli;

public sealed class ConsoleAppTests
{
    [Fact]
    public async Task A_call_from_the_command_line_prints_the_conversation_and_exits_zero()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await using var gateway = await FakeGateway.StartAsync(Agents.GreetAndAnswerAsync, timeout.Token);
        var scenarioPath = Path.Combine(TestClips.Directory, "console.json");
        await File.WriteAllTextAsync(
            scenarioPath,
            """
            {"name":"console","from":"+1","to":"+2","steps":[
              {"waitForAnswer":{"quietMilliseconds":100}},{"say":"test-hello"},{"waitForAnswer":{"quietMilliseconds":100}},{"hangUp":{}}]}
            """,
            timeout.Token);
        var output = new StringWriter();

        var exitCode = await ConsoleApp.RunAsync(
            ["--gateway", gateway.BaseUri.ToString(), "--scenario", scenarioPath, "--auth-token", FakeGateway.AuthToken,
             "--public-base", FakeGateway.PublicBase, "--clips", TestClips.Directory],
            output,
            timeout.Token);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains("caller [test-hello]: Hello from a test.", text, StringComparison.Ordinal);
        Assert.Contains("answer audio after ", text, StringComparison.Ordinal);
        Assert.Contains("mark answer-1 echoed", text, StringComparison.Ordinal);
        Assert.Contains("turn 1: test-hello", text, StringComparison.Ordinal);
        Assert.EndsWith("OK" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_call_exits_one()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await using var gateway = await FakeGateway.StartAsync((_, _) => Task.CompletedTask, timeout.Token);
        var output = new StringWriter();

        var exitCode = await ConsoleApp.RunAsync(
            ["--gateway", gateway.BaseUri.ToString(), "--scenario", "scenarios/en-hello.json", "--auth-token", "wrong"],
            output,
            timeout.Token);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED: The voice webhook", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_naming_a_clip_not_in_the_library_exits_two()
    {
        var output = new StringWriter();

        var exitCode = await ConsoleApp.RunAsync(
            ["--gateway", "http://127.0.0.1:1", "--scenario", "scenarios/en-hello.json", "--clips", TestClips.Directory],
            output,
            CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("No clip 'en-hello'", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "--gateway needs")]
    [InlineData(new[] { "--gateway", "http://127.0.0.1:1" }, "--scenario is required")]
    [InlineData(new[] { "--bogus", "x" }, "unknown argument")]
    [InlineData(new[] { "--gateway" }, "needs a value")]
    public async Task Bad_arguments_print_the_usage_and_exit_two(string[] args, string expected)
    {
        var output = new StringWriter();

        var exitCode = await ConsoleApp.RunAsync(args, output, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage:", output.ToString(), StringComparison.Ordinal);
    }
}
