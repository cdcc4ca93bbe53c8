using Orleans.Dashboard;
using GrandBy.ServiceDefaults;
using GrandBy.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCallSilo();

var app = builder.Build();
app.MapOrleansDashboard(routePrefix: "/dashboard");
app.MapDefaultEndpoints();
app.Run();
