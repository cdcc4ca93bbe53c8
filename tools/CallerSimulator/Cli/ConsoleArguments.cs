namespace GrandBy.CallerSimulator.Cli;

/// <summary>The command line: <c>--gateway URL --scenario FILE [--auth-token T] [--public-base URL] [--clips DIR]</c>.</summary>
internal sealed record ConsoleArguments(Uri Gateway, string ScenarioPath, string? AuthToken, Uri? PublicBase, string? ClipDirectory)
{
    public const string Usage =
        "usage: GrandBy.CallerSimulator --gateway http://127.0.0.1:5000 --scenario scenarios/ko-checkin.json "
        + "[--auth-token TOKEN] [--public-base https://public.example.com] [--clips DIR]";

    public static bool TryParse(IReadOnlyList<string> args, out ConsoleArguments? parsed, out string error)
    {
        parsed = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is not ("--gateway" or "--scenario" or "--auth-token" or "--public-base" or "--clips"))
            {
                error = $"unknown argument '{args[i]}'";
                return false;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{args[i]} needs a value";
                return false;
            }

            values[args[i]] = args[++i];
        }

        if (!values.TryGetValue("--gateway", out var gateway) || !Uri.TryCreate(gateway, UriKind.Absolute, out var gatewayUri))
        {
            error = "--gateway needs an absolute URL";
            return false;
        }

        if (!values.TryGetValue("--scenario", out var scenario))
        {
            error = "--scenario is required";
            return false;
        }

        Uri? publicBase = null;
        if (values.TryGetValue("--public-base", out var publicText) && !Uri.TryCreate(publicText, UriKind.Absolute, out publicBase))
        {
            error = "--public-base needs an absolute URL";
            return false;
        }

        parsed = new ConsoleArguments(gatewayUri, scenario, values.GetValueOrDefault("--auth-token"), publicBase, values.GetValueOrDefault("--clips"));
        error = string.Empty;
        return true;
    }

    /// <summary>The scenario file as given, else next to the program (scenarios ship in its output).</summary>
    public string ResolveScenarioPath() =>
        File.Exists(ScenarioPath) || Path.IsPathRooted(ScenarioPath)
            ? ScenarioPath
            : Path.Combine(AppContext.BaseDirectory, ScenarioPath);
}
