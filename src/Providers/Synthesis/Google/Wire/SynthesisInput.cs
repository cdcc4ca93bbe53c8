namespace GrandBy.Providers.Synthesis.Google.Wire;

internal sealed record SynthesisInput(string Text);
