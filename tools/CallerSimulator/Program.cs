using GrandBy.CallerSimulator.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await ConsoleApp.RunAsync(args, Console.Out, cancellation.Token);
