using Google.Cloud.Speech.V1;
using GrandBy.Providers.Speech;
using GrandBy.Providers.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrandBy.Providers.Tests.Speech;

public sealed class GoogleSpeechModelOverrideTests
{
    private readonly CancellationToken _timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;

    [Fact]
    public async Task Without_an_override_the_configured_model_and_single_utterance_are_sent()
    {
        var config = await FirstConfigAsync(SpeechStreamRequest.Default, singleUtterance: true);

        Assert.Equal(("phone_call", true, true), (config.Config.Model, config.Config.UseEnhanced, config.SingleUtterance));
    }

    [Fact]
    public async Task The_override_model_is_sent_and_single_utterance_is_dropped_when_it_does_not_allow_it()
    {
        var config = await FirstConfigAsync(new SpeechStreamRequest("latest_long"), singleUtterance: true);

        Assert.Equal(("latest_long", false), (config.Config.Model, config.SingleUtterance));
        Assert.Equal(("ko-KR", true), (config.Config.LanguageCode, config.InterimResults));
    }

    [Fact]
    public async Task Single_utterance_is_kept_when_the_override_model_allows_it()
    {
        var config = await FirstConfigAsync(new SpeechStreamRequest("command_and_search"), singleUtterance: true);

        Assert.Equal(("command_and_search", true), (config.Config.Model, config.SingleUtterance));
    }

    [Fact]
    public async Task An_override_never_turns_single_utterance_on()
    {
        var config = await FirstConfigAsync(new SpeechStreamRequest("command_and_search"), singleUtterance: false);

        Assert.Equal(("command_and_search", false), (config.Config.Model, config.SingleUtterance));
    }

    private async Task<StreamingRecognitionConfig> FirstConfigAsync(SpeechStreamRequest request, bool singleUtterance)
    {
        var first = new TaskCompletionSource<StreamingRecognizeRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await SpeechServer.StartAsync(async (requests, responses, context) =>
        {
            if (await requests.MoveNext(context.CancellationToken))
            {
                first.TrySetResult(requests.Current);
            }

            await SpeechServer.DrainAsync(requests, context.CancellationToken);
        });
        using var services = ProviderServices.Build(
            new Dictionary<string, string?>
            {
                ["GoogleSpeech:Endpoint"] = server.Address,
                ["GoogleSpeech:SingleUtterance"] = singleUtterance.ToString(),
            },
            collection => collection.AddGoogleSpeechRecognizer());

        await using (var stream = await services.GetRequiredService<ISpeechRecognizer>().OpenStreamAsync(request, _timeout))
        {
            await stream.CompleteAsync(_timeout);
            await stream.ReadResultsAsync(_timeout).ToListAsync(_timeout);
        }

        var received = await first.Task.WaitAsync(_timeout);
        Assert.Equal(StreamingRecognizeRequest.StreamingRequestOneofCase.StreamingConfig, received.StreamingRequestCase);
        return received.StreamingConfig;
    }
}
