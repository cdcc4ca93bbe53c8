namespace GrandBy.Grains.Calls;

/// <summary>The call's side of its own pipeline: what the STT session and the response grain report back.</summary>
public interface ICallPipelineGrain : IGrainWithStringKey
{
    Task OnSpeechRecognizedAsync(RecognizedSpeech speech);

    Task OnAnswerSentenceReadyAsync(AnswerSentence sentence);

    Task OnAnswerFinishedAsync(AnswerOutcome outcome);
}
