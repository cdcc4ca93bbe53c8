using GrandBy.Gateway.Hosting;
using GrandBy.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCallClusterClient();
builder.AddTwilioGateway();

var app = builder.Build();
app.MapTwilioGateway();
app.MapDefaultEndpoints();
app.Run();
