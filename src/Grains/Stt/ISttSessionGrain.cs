namespace GrandBy.Grains.Stt;

/// <summary>Owns a call's speech recognition and reports transcripts to the call, keyed by CallSid.</summary>
public interface ISttSessionGrain : IGrainWithStringKey
{
    Task StartAsync();

    Task PushAudioAsync(byte[] mulaw);

    /// <summary>While gated the caller's audio reaches the recogniser as silence (echo gate while the agent speaks).</summary>
    Task SetInputGatedAsync(bool gated);

    /// <summary>Ends recognition; the last results still reach the call.</summary>
    Task StopAsync();
}
