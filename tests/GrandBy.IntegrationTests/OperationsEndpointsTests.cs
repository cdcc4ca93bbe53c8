using System.Net;
using System.Text.Json;

namespace GrandBy.IntegrationTests;

/// <summary>What operators look at: health, Prometheus metrics and the Orleans dashboard.</summary>
[Collection(LocalStackCollection.Name)]
public sealed class OperationsEndpointsTests(LocalStackFixture fixture)
{
    [Theory]
    [InlineData("/health/live", "Healthy")]
    [InlineData("/health/ready", "Healthy")]
    public async Task Health_endpoints_report_healthy(string path, string expected)
    {
        using var http = new HttpClient { BaseAddress = fixture.Stack.GatewayBaseUri };

        var body = await http.GetStringAsync(path);

        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task Prometheus_metrics_count_media_stream_sockets_and_frames()
    {
        using var http = new HttpClient { BaseAddress = fixture.Stack.GatewayBaseUri };
        await using (var stream = await RawMediaStream.ConnectAsync(fixture, CancellationToken.None))
        {
            await stream.SendTextAsync("""{"event":"connected","protocol":"Call","version":"1.0.0"}""", CancellationToken.None);
        }

        var metrics = await ScrapeUntilAsync(http, "grandby_gateway_frames_received_total");

        Assert.Contains("grandby_gateway_streams_active", metrics);
    }

    [Fact]
    public async Task The_Orleans_dashboard_is_served_under_its_prefix_and_counts_the_silo()
    {
        using var http = new HttpClient { BaseAddress = fixture.Stack.GatewayBaseUri };

        using var page = await http.GetAsync("/dashboard/");
        using var counters = await FirstCountersWithHostsAsync(http);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Orleans Dashboard", await page.Content.ReadAsStringAsync());
        var host = Assert.Single(counters.RootElement.GetProperty("hosts").EnumerateArray());
        Assert.Equal("Active", host.GetProperty("status").GetString());
    }

    /// <summary>The dashboard polls the silos every few seconds; waits for its first poll.</summary>
    private static async Task<JsonDocument> FirstCountersWithHostsAsync(HttpClient http)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var counters = JsonDocument.Parse(await http.GetStringAsync("/dashboard/DashboardCounters", timeout.Token));
            if (counters.RootElement.GetProperty("hosts").GetArrayLength() > 0)
            {
                return counters;
            }

            counters.Dispose();
            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
        }
    }

    /// <summary>Scrapes until a metric shows up: the gateway records a socket's frames just after the client sent them.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient http, string metric)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var metrics = await http.GetStringAsync("/metrics", timeout.Token);
            if (metrics.Contains(metric, StringComparison.Ordinal))
            {
                return metrics;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }
}
