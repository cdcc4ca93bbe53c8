using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GrandBy.Providers.Tests.Support;

/// <summary>A service-account key file whose <c>token_uri</c> points at a loopback token endpoint.</summary>
internal sealed class FakeServiceAccount : IDisposable
{
    public const string AccessToken = "ya29.test-access-token";

    private static readonly Lazy<string> PrivateKeyPem = new(() =>
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    });

    private FakeServiceAccount(string path) => KeyFile = path;

    public string KeyFile { get; }

    /// <summary>Serves <c>POST /token</c> with <see cref="AccessToken"/>, as Google's OAuth endpoint answers a JWT-bearer grant.</summary>
    public static void MapTokenEndpoint(WebApplication app) =>
        app.MapPost("/token", () => Results.Json(new { access_token = AccessToken, expires_in = 3600, token_type = "Bearer" }));

    public static FakeServiceAccount Create(string tokenServerAddress)
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["type"] = "service_account",
            ["project_id"] = "grandby-test",
            ["private_key_id"] = "test-key",
            ["private_key"] = PrivateKeyPem.Value,
            ["client_email"] = "tester@grandby-test.iam.gserviceaccount.com",
            ["client_id"] = "1",
            ["token_uri"] = $"{tokenServerAddress}/token",
        });
        var path = Path.Combine(Path.GetTempPath(), $"grandby-sa-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return new FakeServiceAccount(path);
    }

    public void Dispose() => File.Delete(KeyFile);
}
