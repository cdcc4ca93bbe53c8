using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Twilio.Security;

namespace GrandBy.CallerSimulator.Tests.Fakes;

/// <summary>
/// A tiny gateway on loopback: answers the voice webhook with TwiML, accepts the media stream, checks
/// both signatures with Twilio's own validator, and hands the stream to an agent script.
/// </summary>
internal sealed class FakeGateway : IAsyncDisposable
{
    public const string AuthToken = "fake-gateway-auth-token";
    public const string PublicBase = "https://public.example.test";
    public const string StreamUrl = "wss://public.example.test/api/twilio/media";
    public const string Greeting = "안녕하세요 & <반가워요>";

    private readonly WebApplication _app;
    private readonly TaskCompletionSource<GatewayConnection> _connection = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _streamEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    static FakeGateway()
    {
        // Gateway, agent and simulator share one process here; on a two-core machine the cold start
        // (JIT) starves the default thread pool for up to a second, which stalls the real-time audio.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), Math.Max(completionPorts, 16));
    }

    private FakeGateway(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Webhooks { get; } = new();

    public bool? StreamSignatureValid { get; private set; }

    public Task<GatewayConnection> Connection => _connection.Task;

    /// <summary>Completes when the agent and the read loop are done and the socket is closed.</summary>
    public Task StreamEnded => _streamEnded.Task;

    public static async Task<FakeGateway> StartAsync(Func<GatewayConnection, CancellationToken, Task> agent, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new FakeGateway(app);
        app.UseWebSockets();
        app.MapPost("/api/twilio/voice", (Delegate)gateway.AnswerWebhookAsync);
        app.Map("/api/twilio/media", (HttpContext context) => gateway.AcceptStreamAsync(context, agent));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        gateway.BaseUri = new Uri(address);
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> AnswerWebhookAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
        Webhooks.Enqueue(fields);
        var signature = context.Request.Headers["X-Twilio-Signature"].ToString();
        if (!new RequestValidator(AuthToken).Validate(PublicBase + "/api/twilio/voice", fields, signature))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var twiml = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Connect>")
            .Append("<Stream url=\"").Append(StreamUrl).Append("\">")
            .Append("<Parameter name=\"callSid\" value=\"").Append(fields["CallSid"]).Append("\"/>")
            .Append("<Parameter name=\"greeting\" value=\"").Append(SecurityElement.Escape(Greeting)).Append("\"/>")
            .Append("</Stream></Connect></Response>");
        return Results.Content(twiml.ToString(), "text/xml", Encoding.UTF8);
    }

    private async Task AcceptStreamAsync(HttpContext context, Func<GatewayConnection, CancellationToken, Task> agent)
    {
        StreamSignatureValid = new RequestValidator(AuthToken)
            .Validate(StreamUrl, new Dictionary<string, string>(), context.Request.Headers["x-twilio-signature"].ToString());
        if (!context.WebSockets.IsWebSocketRequest || StreamSignatureValid != true)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new GatewayConnection(socket, _clock);
        _connection.TrySetResult(connection);
        try
        {
            var reading = connection.ReadAsync(context.RequestAborted);
            await agent(connection, context.RequestAborted);
            await reading;
            _streamEnded.TrySetResult();
        }
        catch (Exception exception)
        {
            _streamEnded.TrySetException(exception);
        }
    }
}
