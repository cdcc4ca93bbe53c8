using GrandBy.SpeechEmulator.Hosting;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddSpeechEmulator().Bind(builder.Configuration);

await using var server = await SpeechEmulatorServer.StartAsync(builder, CancellationToken.None);
Console.WriteLine($"speech emulator listening on {server.Endpoint.GetLeftPart(UriPartial.Authority)}");
Console.WriteLine($"speech emulator transcription endpoint on {server.TranscriptionEndpoint.GetLeftPart(UriPartial.Authority)}");
await server.WaitForShutdownAsync(CancellationToken.None);
