namespace GrandBy.Grains.Stt;

/// <summary>Owns a call's speech-recognition stream and reports transcripts to the call, keyed by CallSid.</summary>
public interface ISttSessionGrain : IGrainWithStringKey
{
    Task StartAsync();

    Task PushAudioAsync(byte[] mulaw);

    Task StopAsync();
}
