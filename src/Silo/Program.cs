using GrandBy.Silo.Hosting;

await SiloApplication.Create(args).RunAsync();
