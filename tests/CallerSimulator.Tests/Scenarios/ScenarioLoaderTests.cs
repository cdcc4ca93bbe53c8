using System.Text.Json;
using GrandBy.CallerSimulator.Scenarios;

namespace GrandBy.CallerSimulator.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    [Fact]
    public void The_shipped_korean_check_in_scenario_loads()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "ko-checkin.json"));

        Assert.Equal("ko-checkin", scenario.Name);
        Assert.Equal("+821012345678", scenario.From);
        Assert.Equal(
            [
                new WaitForAnswerStep(), new SayStep("ko-fine"), new WaitForAnswerStep(), new SayStep("ko-knee"),
                new WaitForAnswerStep(), new SayStep("ko-medicine"), new WaitForAnswerStep(), new HangUpStep(),
            ],
            scenario.Steps);
    }

    [Fact]
    public void The_shipped_english_scenario_loads()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "en-hello.json"));

        Assert.Equal([new WaitForAnswerStep(), new SayStep("en-hello"), new WaitForAnswerStep(), new HangUpStep()], scenario.Steps);
    }

    [Fact]
    public void Every_step_kind_reads_with_its_options_and_writes_back_the_same()
    {
        const string json = """
            {"name":"all","from":"+1","to":"+2","steps":[
              {"waitForAnswer":{"quietMilliseconds":300,"timeoutSeconds":2.5}},
              {"say":"en-hello"},{"pause":500},{"dtmf":"#"},{"hangUp":{}}]}
            """;

        var scenario = ScenarioLoader.Parse(json);
        var again = ScenarioLoader.Parse(JsonSerializer.Serialize(scenario, ScenarioLoader.JsonOptions));

        Assert.Equal(
            [new WaitForAnswerStep(300, 2.5), new SayStep("en-hello"), new PauseStep(500), new DtmfStep("#"), new HangUpStep()],
            scenario.Steps);
        Assert.Equal(scenario.Steps, again.Steps);
    }

    [Theory]
    [InlineData("""{"say":"a","pause":1}""", "exactly one")]
    [InlineData("""{"sing":"a"}""", "Unknown step 'sing'")]
    [InlineData("""{}""", "empty")]
    [InlineData("""{"dtmf":"55"}""", "dtmf needs")]
    public void A_bad_step_is_refused_with_a_message_that_says_why(string step, string expected)
    {
        var exception = Assert.Throws<InvalidDataException>(
            () => ScenarioLoader.Parse($$"""{"name":"x","from":"+1","to":"+2","steps":[{{step}}]}"""));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_without_steps_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => ScenarioLoader.Parse("""{"name":"x","from":"+1","to":"+2","steps":[]}"""));
    }
}
