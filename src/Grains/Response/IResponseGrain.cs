namespace GrandBy.Grains.Response;

/// <summary>Speaks one answer at a time for a call, keyed by CallSid: LLM, sentences, TTS, audio in order.</summary>
public interface IResponseGrain : IGrainWithStringKey
{
    /// <summary>Starts an answer and returns at once; a running answer is cancelled first. Sentences go back to the call as they are ready.</summary>
    Task StartAnswerAsync(AnswerRequest request);

    /// <summary>Stops the answer at once if it is still running.</summary>
    Task CancelAsync(int answerId);
}
