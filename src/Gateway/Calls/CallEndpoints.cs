using GrandBy.Calls;

namespace GrandBy.Gateway.Calls;

public static class CallEndpoints
{
    /// <summary>Maps <c>GET /api/calls/{callSid}</c>: the call's status and conversation, for operators and tests.</summary>
    public static IEndpointRouteBuilder MapCallEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/calls/{callSid}", async (string callSid, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<ICallGrain>(callSid).GetSnapshotAsync()));
        return endpoints;
    }
}
