namespace GrandBy.TtsEmulator.Synthesis;

/// <summary>Finds programs on PATH the way a shell would, without running one.</summary>
internal static class ExecutableSearch
{
    public static bool IsOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
    }
}
