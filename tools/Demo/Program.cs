using GrandBy.Demo.Benchmarks;
using GrandBy.Demo.Console;

return args is ["bench-stt", ..]
    ? await SttLatencyBenchmark.RunAsync(args is [_, "--utterances", var count, ..] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 20, System.Console.Out, CancellationToken.None)
    : await DemoCommand.RunAsync(args);
