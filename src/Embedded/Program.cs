using GrandBy.Embedded;

await EmbeddedApplication.Create(args).RunAsync();
