using GrandBy.SpeechEmulator.Hosting;
using GrandBy.SpeechEmulator.Recognition;
using Google.Cloud.Speech.V1;
using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrandBy.SpeechEmulator.Streaming;

/// <summary><c>google.cloud.speech.v1.Speech/StreamingRecognize</c> over the clip library.</summary>
internal sealed class SpeechService(
    ClipMatcher matcher,
    IOptions<SpeechEmulatorOptions> options,
    SpeechEmulatorStats stats,
    SpeechEmulatorFaults faults,
    IHostApplicationLifetime lifetime,
    ILogger<SpeechService> logger) : Speech.SpeechBase
{
    public override async Task StreamingRecognize(
        IAsyncStreamReader<StreamingRecognizeRequest> requestStream,
        IServerStreamWriter<StreamingRecognizeResponse> responseStream,
        ServerCallContext context)
    {
        stats.StreamStarted();
        try
        {
            if (faults.TakeStartFault() is { } fault)
            {
                throw Inject(fault);
            }

            await RecogniseAsync(requestStream, responseStream, context.CancellationToken);
            stats.StreamCompleted();
        }
        catch (RpcException exception)
        {
            stats.StreamFailed();
            SpeechEmulatorLog.StreamFailed(logger, exception.StatusCode, exception.Status.Detail);
            throw;
        }
        catch (Exception)
        {
            // The client went away or cancelled; gRPC reports that to it, the count is ours.
            stats.StreamFailed();
            throw;
        }
    }

    private async Task RecogniseAsync(
        IAsyncStreamReader<StreamingRecognizeRequest> requests,
        IServerStreamWriter<StreamingRecognizeResponse> responses,
        CancellationToken callAborted)
    {
        var settings = options.Value;
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(callAborted, lifetime.ApplicationStopping);
        var pending = new List<StreamingRecognizeResponse>();
        RecognitionSession? session = null;

        while (await MoveNextAsync(requests, idle, settings.AudioIdleTimeout, callAborted))
        {
            var request = requests.Current;
            switch (request.StreamingRequestCase)
            {
                case StreamingRecognizeRequest.StreamingRequestOneofCase.StreamingConfig when session is null:
                    session = RecognitionSession.Start(request.StreamingConfig, matcher, settings);
                    var config = request.StreamingConfig;
                    SpeechEmulatorLog.StreamConfigured(logger, config.Config.LanguageCode, config.Config.Model, config.InterimResults, config.SingleUtterance);
                    break;
                case StreamingRecognizeRequest.StreamingRequestOneofCase.StreamingConfig:
                    throw SpeechErrors.SecondConfig();
                case StreamingRecognizeRequest.StreamingRequestOneofCase.AudioContent when session is not null:
                    var audio = request.AudioContent;
                    stats.AudioReceived(audio.Length);
                    session.CheckRequestSize(audio.Length);
                    var fault = faults.TakeFaultWithin(session.AudioBytes, session.RecognisableEnd(audio.Length));
                    session.AcceptAudio(audio.Span, fault?.AtByte ?? long.MaxValue, pending);
                    await WriteAsync(responses, pending, callAborted);
                    if (fault is not null)
                    {
                        throw Inject(fault);
                    }

                    if (session.ExceededDuration)
                    {
                        throw SpeechErrors.StreamTooLong(settings.MaxStreamDuration);
                    }

                    break;
                case StreamingRecognizeRequest.StreamingRequestOneofCase.AudioContent:
                    throw SpeechErrors.AudioBeforeConfig();
                default:
                    throw SpeechErrors.EmptyRequest();
            }
        }

        if (session is not null)
        {
            session.Complete(pending);
            await WriteAsync(responses, pending, callAborted);
            SpeechEmulatorLog.StreamCompleted(logger, session.AudioBytes);
        }
    }

    /// <summary>
    /// Waits for the next request with the idle timer running only while waiting, so time spent
    /// recognising and writing results never counts as silence, however short the timeout.
    /// </summary>
    private async Task<bool> MoveNextAsync(
        IAsyncStreamReader<StreamingRecognizeRequest> requests, CancellationTokenSource idle, TimeSpan idleTimeout, CancellationToken callAborted)
    {
        idle.CancelAfter(idleTimeout);
        try
        {
            return await requests.MoveNext(idle.Token);
        }
        catch (OperationCanceledException) when (!callAborted.IsCancellationRequested)
        {
            throw lifetime.ApplicationStopping.IsCancellationRequested ? SpeechErrors.ShuttingDown() : SpeechErrors.AudioTimeout();
        }
        finally
        {
            idle.CancelAfter(Timeout.InfiniteTimeSpan);
        }
    }

    private RpcException Inject(StreamFault fault)
    {
        stats.FaultInjected();
        SpeechEmulatorLog.FaultInjected(logger, fault.Code, fault.AtByte);
        return fault.ToException();
    }

    private async Task WriteAsync(
        IServerStreamWriter<StreamingRecognizeResponse> responses, List<StreamingRecognizeResponse> pending, CancellationToken cancellationToken)
    {
        foreach (var response in pending)
        {
            await responses.WriteAsync(response, cancellationToken);
            foreach (var result in response.Results)
            {
                if (result.IsFinal)
                {
                    var transcript = result.Alternatives[0].Transcript;
                    SpeechEmulatorLog.FinalResult(logger, result.ResultEndTime.ToTimeSpan(), transcript);
                    stats.FinalSent(transcript);
                }
                else
                {
                    stats.InterimResultSent();
                }
            }
        }

        pending.Clear();
    }
}
