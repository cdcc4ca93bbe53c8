using GrandBy.CallerSimulator.Scenarios;
using GrandBy.Clips;

namespace GrandBy.CallerSimulator.Cli;

/// <summary>Runs one call from the command line: 0 when it succeeded, 1 when it failed, 2 on bad arguments.</summary>
internal static class ConsoleApp
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (!ConsoleArguments.TryParse(args, out var arguments, out var error))
        {
            output.WriteLine(error);
            output.WriteLine(ConsoleArguments.Usage);
            return 2;
        }

        Scenario scenario;
        ClipLibrary clips;
        try
        {
            scenario = ScenarioLoader.Load(arguments!.ResolveScenarioPath());
            clips = ClipLibrary.Load(arguments.ClipDirectory ?? ClipLibrary.DefaultDirectory);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            output.WriteLine(exception.Message);
            return 2;
        }

        var simulator = new TwilioCallSimulator(
            new CallerSimulatorOptions
            {
                GatewayBaseUri = arguments.Gateway,
                PublicBaseUri = arguments.PublicBase,
                AuthToken = arguments.AuthToken,
            },
            clips);
        var printer = new EventPrinter(output);
        output.WriteLine($"calling {arguments.Gateway} as {scenario.From} -> {scenario.To} ({scenario.Name})");
        try
        {
            var recording = await simulator.RunAsync(scenario, printer.Print, cancellationToken);
            printer.PrintSummary(recording);
            return recording.Succeeded ? 0 : 1;
        }
        catch (KeyNotFoundException exception)
        {
            output.WriteLine(exception.Message);
            return 2;
        }
    }
}
