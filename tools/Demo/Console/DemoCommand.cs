using System.Globalization;
using System.Runtime.InteropServices;
using GrandBy.CallerSimulator.Recording;
using GrandBy.CallerSimulator.Scenarios;
using GrandBy.Demo.Hosting;

namespace GrandBy.Demo.Console;

/// <summary>
/// <c>GrandBy.Demo [--scenario ko-checkin|PATH] [--port 5080] [--set Section:Key=value]… [--keep-running]</c>: starts the local
/// stack, plays one scenario call, prints it and a latency summary; exits 0 when the call succeeded.
/// </summary>
public static class DemoCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var scenarioArgument = Argument(args, "--scenario") ?? "ko-checkin";
        var port = int.Parse(Argument(args, "--port") ?? "5080", CultureInfo.InvariantCulture);
        var keepRunning = args.Contains("--keep-running");
        var scenarioPath = File.Exists(scenarioArgument)
            ? scenarioArgument
            : Path.Combine(AppContext.BaseDirectory, "scenarios", scenarioArgument + ".json");
        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.Load(scenarioPath);
        }
        catch (Exception error) when (error is IOException or InvalidDataException)
        {
            System.Console.Error.WriteLine($"Cannot load scenario '{scenarioArgument}': {error.Message}");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }

        var options = new LocalVoiceStackOptions { GatewayPort = port, HostSettings = Settings(args) };
        await using var stack = await LocalVoiceStack.StartAsync(options, stop.Token);
        var output = System.Console.Out;
        output.WriteLine($"GrandBy.Orleans embedded: gateway + silo at {stack.GatewayBaseUri}");
        output.WriteLine($"  dashboard  {new Uri(stack.GatewayBaseUri, "/dashboard")}");
        output.WriteLine($"  emulators  speech {stack.Speech.Endpoint}  tts {stack.Tts.Endpoint}  llm {stack.Llm.Endpoint}");
        output.WriteLine($"  delays     LLM first token {stack.Options.LlmTimeToFirstToken.TotalMilliseconds} ms + {stack.Options.LlmTokenInterval.TotalMilliseconds} ms/token, TTS {stack.Options.TtsLatency.TotalMilliseconds} ms, STT endpointing {stack.Options.SttEndpointSilence.TotalMilliseconds} ms");
        output.WriteLine($"Playing scenario '{scenario.Name}' as a Twilio call in real time…");

        using var gateway = new HttpClient { BaseAddress = stack.GatewayBaseUri, Timeout = TimeSpan.FromSeconds(10) };
        var printer = new ConversationPrinter(gateway, output);
        var printing = printer.RunAsync(stop.Token);
        CallRecording recording;
        try
        {
            recording = await stack.CreateCaller().RunAsync(scenario, printer.OnEvent, stop.Token);
            printer.Complete();
            await printing;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            output.WriteLine("Stopped before the call ended.");
            return 130;
        }

        PrintSummary(recording, output);
        if (keepRunning && recording.Succeeded)
        {
            output.WriteLine("Still running for the dashboard; Ctrl+C stops.");
            await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return recording.Succeeded ? 0 : 1;
    }

    private static void PrintSummary(CallRecording recording, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Call {recording.CallSid}: {recording.Turns.Count} turns in {recording.Duration.TotalSeconds:0.0} s, {recording.MarksEchoed.Count} marks echoed, {recording.AudioBytesReceived} bytes of answer audio");
        foreach (var turn in recording.Turns)
        {
            var latency = turn.Latency is { } l ? $"{l.TotalSeconds:0.00} s" : "-";
            output.WriteLine($"  turn {turn.Index}: {(turn.ClipId ?? "(greeting)"),-12} first answer audio after {latency,7}, {turn.AnswerBytesHeard / 8000.0:0.0} s heard, marks {string.Join(' ', turn.MarksEchoed)}");
        }

        output.WriteLine(recording.Succeeded ? "Call succeeded." : $"Call FAILED: {recording.Failure ?? string.Join("; ", recording.ProtocolErrors)}");
    }

    private static Dictionary<string, string?> Settings(string[] args) =>
        args.Select((arg, index) => (arg, index))
            .Where(a => a.arg == "--set" && a.index + 1 < args.Length && args[a.index + 1].Contains('='))
            .Select(a => args[a.index + 1].Split('=', 2))
            .ToDictionary(pair => pair[0], pair => (string?)pair[1]);

    private static string? Argument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
