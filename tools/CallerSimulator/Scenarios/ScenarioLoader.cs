using System.Text.Json;

namespace GrandBy.CallerSimulator.Scenarios;

/// <summary>Reads scenario files (see <c>scenarios/*.json</c>).</summary>
public static class ScenarioLoader
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Scenario Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No scenario file at {path}.", path);
        }

        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDataException($"{path}: {exception.Message}", exception);
        }
    }

    public static Scenario Parse(string json)
    {
        Scenario? scenario;
        try
        {
            scenario = JsonSerializer.Deserialize<Scenario>(json, JsonOptions);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Invalid scenario: {exception.Message}", exception);
        }

        if (scenario is null || string.IsNullOrWhiteSpace(scenario.From) || string.IsNullOrWhiteSpace(scenario.To)
            || scenario.Steps is null || scenario.Steps.Count == 0)
        {
            throw new InvalidDataException("A scenario needs name, from, to and at least one step.");
        }

        return scenario;
    }
}
