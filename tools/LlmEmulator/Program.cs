using GrandBy.LlmEmulator;

var app = LlmEmulatorApplication.Create(args);
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"llm emulator listening on {app.Urls.First()}"));
await app.RunAsync();
