using GrandBy.TtsEmulator;

var app = TtsEmulatorApplication.Create(args);
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"tts emulator listening on {app.Urls.First()}"));
await app.RunAsync();
