using System.Net;
using GrandBy.TtsEmulator.Api;
using GrandBy.TtsEmulator.Synthesis;
using Microsoft.Extensions.Options;

namespace GrandBy.TtsEmulator;

/// <summary>Builds the emulator's web application, for the standalone program and for <see cref="TtsEmulatorServer"/>.</summary>
public static class TtsEmulatorApplication
{
    /// <summary>Reads <see cref="TtsEmulatorOptions"/> from the command line and environment (<c>--Port 5071 --Voice synthetic</c>).</summary>
    public static WebApplication Create(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables("TTSEMULATOR_").AddCommandLine(args).Build();
        var options = configuration.Get<TtsEmulatorOptions>() ?? new TtsEmulatorOptions();
        return Create(options, args);
    }

    public static WebApplication Create(TtsEmulatorOptions options, string[]? args = null)
    {
        TtsEmulatorOptionsValidator.ThrowIfInvalid(options);
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse(options.BindAddress), options.Port));
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton<TtsRequestCounters>();
        builder.Services.AddSingleton(services => VoiceSelector.Select(services.GetRequiredService<IOptions<TtsEmulatorOptions>>().Value));
        builder.Services.AddSingleton<SpeechSynthesis>();
        builder.Services.AddSingleton<SynthesizeEndpoint>();

        var app = builder.Build();
        app.Logger.VoiceSelected(app.Services.GetRequiredService<IVoice>().Name);
        app.MapPost(SynthesizeEndpoint.Route, (HttpContext context, SynthesizeEndpoint endpoint) => endpoint.HandleAsync(context));
        return app;
    }
}
