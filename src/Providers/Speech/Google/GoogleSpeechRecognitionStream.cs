using System.Runtime.CompilerServices;
using Google.Cloud.Speech.V1;
using Google.Protobuf;
using GrandBy.Providers.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace GrandBy.Providers.Speech.Google;

/// <summary>One <c>StreamingRecognize</c> call: audio goes out in requests of at most 25,600 bytes, results come back.</summary>
internal sealed class GoogleSpeechRecognitionStream(
    AsyncDuplexStreamingCall<StreamingRecognizeRequest, StreamingRecognizeResponse> call,
    GoogleSpeechOptions options,
    ProvidersMetrics metrics,
    ILogger logger,
    CancellationToken lifetime) : ISpeechRecognitionStream
{
    private int _failureReported;

    public async ValueTask SendAudioAsync(ReadOnlyMemory<byte> mulaw, CancellationToken cancellationToken)
    {
        foreach (var chunk in AudioChunker.Split(mulaw))
        {
            var request = new StreamingRecognizeRequest { AudioContent = ByteString.CopyFrom(chunk.Span) };
            await WriteAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    public async IAsyncEnumerable<SpeechRecognitionResult> ReadResultsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            var response = call.ResponseStream.Current;
            if (response.Error is { Code: not 0 } error)
            {
                throw Report(GoogleSpeechErrors.FromStatus((StatusCode)error.Code, error.Message));
            }

            if (response.SpeechEventType != StreamingRecognizeResponse.Types.SpeechEventType.SpeechEventUnspecified)
            {
                logger.SpeechEvent(response.SpeechEventType.ToString());
            }

            foreach (var result in response.Results)
            {
                if (GoogleSpeechResults.Map(result, options.LanguageCode) is { } mapped)
                {
                    yield return mapped;
                }
            }
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.WriteTimeout);
        try
        {
            await call.RequestStream.CompleteAsync().WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RpcException or OperationCanceledException)
        {
            throw Translate(exception, cancellationToken, "Half-closing the stream");
        }
    }

    public ValueTask DisposeAsync()
    {
        call.Dispose();
        return ValueTask.CompletedTask;
    }

    internal async Task WriteAsync(StreamingRecognizeRequest request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.WriteTimeout);
        try
        {
            await call.RequestStream.WriteAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RpcException or OperationCanceledException)
        {
            throw Translate(exception, cancellationToken, "Writing to the stream");
        }
    }

    /// <summary>
    /// After a failed write, the reason the call ended (a rejected config, say) is in its status, not in
    /// the write's error; reads it, waiting at most <paramref name="timeout"/>.
    /// </summary>
    internal async Task<SpeechRecognitionException?> ReadFailureAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            while (await call.ResponseStream.MoveNext(wait.Token).ConfigureAwait(false))
            {
            }
        }
        catch (RpcException rpc) when (!wait.IsCancellationRequested && rpc.StatusCode != StatusCode.Cancelled)
        {
            return GoogleSpeechErrors.FromRpcException(rpc);
        }
        catch (Exception exception) when (exception is RpcException or OperationCanceledException)
        {
            return null;
        }

        return null;
    }

    private async Task<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RpcException or OperationCanceledException)
        {
            throw Translate(exception, cancellationToken, "Reading from the stream");
        }
    }

    private Exception Translate(Exception exception, CancellationToken cancellationToken, string operation)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return new OperationCanceledException("The speech stream operation was cancelled.", exception, cancellationToken);
        }

        if (lifetime.IsCancellationRequested)
        {
            return new OperationCanceledException("The speech stream was cancelled.", exception, lifetime);
        }

        if (exception is RpcException rpc)
        {
            return Report(GoogleSpeechErrors.FromRpcException(rpc));
        }

        return Report(new SpeechRecognitionException(
            SpeechRecognitionErrorKind.DeadlineExceeded,
            (int)StatusCode.DeadlineExceeded,
            $"{operation} did not complete within {options.WriteTimeout}.",
            exception));
    }

    private SpeechRecognitionException Report(SpeechRecognitionException exception)
    {
        if (Interlocked.Exchange(ref _failureReported, 1) == 0)
        {
            metrics.SttStreamFailed(exception.Kind.ToString());
            logger.SpeechStreamFailed(exception.Kind.ToString(), exception.StatusCode, exception.ProviderMessage);
        }

        return exception;
    }
}
