using GrandBy.LlmEmulator;
using GrandBy.TtsEmulator;
using Microsoft.Extensions.Options;

namespace GrandBy.ProviderEmulators.Tests;

public sealed class OptionsValidationTests
{
    [Fact]
    public async Task An_unknown_tts_voice_fails_at_start_naming_the_key()
    {
        using var timeout = TestTimeout.Start();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => TtsEmulatorServer.StartAsync(new TtsEmulatorOptions { Voice = "polly" }, timeout.Token));

        Assert.Equal("Voice must be 'auto', 'espeak' or 'synthetic' (was 'polly').", Assert.Single(error.Failures));
    }

    [Fact]
    public async Task A_missing_rules_file_fails_at_start_naming_the_key()
    {
        using var timeout = TestTimeout.Start();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => LlmEmulatorServer.StartAsync(new LlmEmulatorOptions { RulesPath = "/nowhere/rules.json" }, timeout.Token));

        Assert.Equal("RulesPath must name an existing file (no file at '/nowhere/rules.json').", Assert.Single(error.Failures));
    }
}
