using System.Net;
using GrandBy.LlmEmulator.Chat;
using GrandBy.LlmEmulator.Rules;
using Microsoft.Extensions.Options;

namespace GrandBy.LlmEmulator;

/// <summary>Builds the emulator's web application, for the standalone program and for <see cref="LlmEmulatorServer"/>.</summary>
public static class LlmEmulatorApplication
{
    /// <summary>Reads <see cref="LlmEmulatorOptions"/> from the command line and environment (<c>--Port 5072 --ApiKey k --Deployments:0 gpt-4o-mini</c>).</summary>
    public static WebApplication Create(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables("LLMEMULATOR_").AddCommandLine(args).Build();
        var options = configuration.Get<LlmEmulatorOptions>() ?? new LlmEmulatorOptions();
        return Create(options, args);
    }

    public static WebApplication Create(LlmEmulatorOptions options, string[]? args = null)
    {
        LlmEmulatorOptionsValidator.ThrowIfInvalid(options);
        var rulebook = RulesFile.Load(options.RulesPath);
        var failures = new FailureInjector();
        failures.Arm(options.FailNextRequests, options.FailureStatusCode, options.FailureRetryAfter);

        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse(options.BindAddress), options.Port));
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(rulebook);
        builder.Services.AddSingleton(failures);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LlmRequestCounters>();
        builder.Services.AddSingleton<ChatCompletionsEndpoint>();

        var app = builder.Build();
        app.Logger.RulesLoaded(rulebook.Rules.Count, RulesFile.Resolve(options.RulesPath));
        app.MapPost(ChatCompletionsEndpoint.AzureRoute, (HttpContext context, string deployment, ChatCompletionsEndpoint endpoint) => endpoint.HandleAzureAsync(context, deployment));
        app.MapPost(ChatCompletionsEndpoint.OpenAiRoute, (HttpContext context, ChatCompletionsEndpoint endpoint) => endpoint.HandleOpenAiAsync(context));
        return app;
    }
}
