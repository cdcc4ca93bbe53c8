using System.Text.Json;

namespace GrandBy.Clips;

/// <summary>
/// The clips listed in a folder's <c>clips.json</c>. The caller simulator speaks them and the speech
/// emulator recognises them, so both must read the same files.
/// </summary>
public sealed class ClipLibrary
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, Clip> _clips;

    private ClipLibrary(IEnumerable<Clip> clips) => _clips = clips.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<Clip> Clips => _clips.Values;

    /// <summary>The library that ships next to the running program (copied there by the build).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "clips");

    public static ClipLibrary Load(string directory)
    {
        var manifestPath = Path.Combine(directory, "clips.json");
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"No clip manifest at {manifestPath}.", manifestPath);
        }

        var entries = JsonSerializer.Deserialize<List<ClipManifestEntry>>(File.ReadAllText(manifestPath), JsonOptions)
            ?? throw new InvalidDataException($"{manifestPath} is empty.");
        return new ClipLibrary(entries.Select(e => new Clip(
            e.Id, e.LanguageCode, e.Text, File.ReadAllBytes(Path.Combine(directory, e.File)))));
    }

    public Clip Get(string id) =>
        _clips.TryGetValue(id, out var clip) ? clip : throw new KeyNotFoundException($"No clip '{id}' in the library.");

    private sealed record ClipManifestEntry(string Id, string LanguageCode, string Text, string File);
}
