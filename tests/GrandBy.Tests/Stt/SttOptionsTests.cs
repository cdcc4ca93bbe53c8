using GrandBy.Grains;
using GrandBy.Grains.Stt;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrandBy.Tests.Stt;

public sealed class SttOptionsTests
{
    [Theory]
    [InlineData("chunk", SttMode.Chunk)]
    [InlineData("streaming", SttMode.Streaming)]
    [InlineData("CHUNK", SttMode.Chunk)]
    public void The_seed_key_STT_MODE_wins_over_the_section(string seed, SttMode expected)
    {
        var options = Resolve(new() { ["Stt:Mode"] = "Streaming", ["STT_MODE"] = seed });

        Assert.Equal(expected, options.Mode);
    }

    [Fact]
    public void An_unknown_STT_MODE_is_refused_with_the_key_named()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["STT_MODE"] = "batch" }));

        Assert.Equal("STT_MODE must be 'streaming' or 'chunk', not 'batch'.", error.Message);
    }

    [Fact]
    public void A_rollover_deadline_at_Googles_limit_is_refused()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Stt:RolloverDeadline"] = "00:05:05" }));

        Assert.Contains("Stt__RolloverDeadline must be above zero and below Google's 305 s stream limit.", error.Failures);
    }

    [Fact]
    public void Rolling_over_from_after_the_deadline_is_refused()
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => Resolve(new() { ["Stt:RolloverAfter"] = "00:04:50", ["Stt:RolloverDeadline"] = "00:04:00" }));

        Assert.Equal(["Stt__RolloverAfter must be above zero and at most Stt__RolloverDeadline."], error.Failures);
    }

    [Fact]
    public void Defaults_roll_over_well_under_the_limit_and_fall_back_after_three_failures()
    {
        var options = Resolve([]);

        Assert.Equal(SttMode.Streaming, options.Mode);
        Assert.Equal(TimeSpan.FromSeconds(240), options.RolloverAfter);
        Assert.Equal(TimeSpan.FromSeconds(280), options.RolloverDeadline);
        Assert.Equal(3, options.MaxConsecutiveStreamFailures);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.ChunkSilence);
    }

    private static SttOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddCallGrains()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<SttOptions>>().Value;
    }
}
