namespace GrandBy.ProviderEmulators.Tests.Tts;

[Collection(TtsEmulatorCollection.Name)]
public sealed class TtsAuthorizationTests(TtsEmulatorFixture fixture)
{
    [Fact]
    public async Task A_request_without_a_bearer_token_gets_401_unauthenticated()
    {
        using var timeout = TestTimeout.Start();

        var (status, json) = await TtsRequests.PostAsync(fixture.Guarded.Endpoint, TtsRequests.Body("네"), timeout.Token);

        Assert.Equal(401, status);
        Assert.Equal(401, json.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("UNAUTHENTICATED", json.GetProperty("error").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_request_with_the_wrong_token_gets_401_unauthenticated()
    {
        using var timeout = TestTimeout.Start();

        var (status, json) = await TtsRequests.PostAsync(fixture.Guarded.Endpoint, TtsRequests.Body("네"), timeout.Token, bearer: "ya29.other");

        Assert.Equal(401, status);
        Assert.Equal("UNAUTHENTICATED", json.GetProperty("error").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_request_with_the_token_gets_audio()
    {
        using var timeout = TestTimeout.Start();

        var (status, json) = await TtsRequests.PostAsync(fixture.Guarded.Endpoint, TtsRequests.Body("네"), timeout.Token, bearer: TtsEmulatorFixture.AccessToken);

        Assert.Equal(200, status);
        Assert.Equal(560, WavChunks.Parse(json.GetProperty("audioContent").GetBytesFromBase64()).Data.Length);
    }
}
