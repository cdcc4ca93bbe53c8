using System.Text.Json;
using GrandBy.Clips;

namespace GrandBy.CallerSimulator.Tests.Fakes;

/// <summary>A small clip library written to a temporary folder, so calls in tests last a fraction of a second.</summary>
internal static class TestClips
{
    public const string Hello = "test-hello";
    public const int HelloBytes = 1600;

    private static readonly Lazy<string> Folder = new(Write);

    public static string Directory => Folder.Value;

    public static ClipLibrary Load() => ClipLibrary.Load(Directory);

    public static byte[] HelloAudio() => Enumerable.Range(0, HelloBytes).Select(i => (byte)(0x20 + (i % 64))).ToArray();

    private static string Write()
    {
        var directory = Path.Combine(Path.GetTempPath(), "grandby-caller-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "hello.ulaw"), HelloAudio());
        var manifest = new[] { new { id = Hello, languageCode = "en-US", text = "Hello from a test.", file = "hello.ulaw" } };
        File.WriteAllText(Path.Combine(directory, "clips.json"), JsonSerializer.Serialize(manifest));
        return directory;
    }
}
