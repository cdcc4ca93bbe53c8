using GrandBy.SpeechEmulator.Hosting;
using Microsoft.Extensions.Configuration;

namespace GrandBy.SpeechEmulator.Tests.Streaming;

public sealed class SpeechEmulatorOptionsTests
{
    [Fact]
    public void Command_line_keys_bind_the_options()
    {
        var configuration = new ConfigurationBuilder()
            .AddCommandLine(["--Port", "5301", "--EndpointSilence", "00:00:00.800", "--Models:ko-KR", "phone_call,latest_long"])
            .Build();
        var options = new SpeechEmulatorOptions();

        configuration.Bind(options);

        Assert.Equal(5301, options.Port);
        Assert.Equal(TimeSpan.FromMilliseconds(800), options.EndpointSilence);
        Assert.True(options.AcceptsModel("ko-KR", "latest_long"));
        Assert.False(options.AcceptsModel("ko-KR", "telephony"));
        Assert.True(options.AcceptsModel("en-US", "telephony"));
    }

    [Fact]
    public void An_empty_model_is_accepted_for_any_language()
    {
        Assert.True(new SpeechEmulatorOptions().AcceptsModel("fr-FR", ""));
        Assert.False(new SpeechEmulatorOptions().AcceptsModel("fr-FR", "default"));
    }
}
