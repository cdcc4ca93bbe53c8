using GrandBy.Gateway.Hosting;

await GatewayApplication.Create(args).RunAsync();
