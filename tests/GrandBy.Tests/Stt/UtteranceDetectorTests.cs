using GrandBy.Grains.Audio;
using GrandBy.Grains.Stt;

namespace GrandBy.Tests.Stt;

public sealed class UtteranceDetectorTests
{
    private static readonly SttOptions Options = new()
    {
        ChunkSilence = TimeSpan.FromMilliseconds(500),
        ChunkPreRoll = TimeSpan.FromMilliseconds(100),
        ChunkSpeechThreshold = 200,
        ChunkMaxUtterance = TimeSpan.FromSeconds(3),
    };

    [Fact]
    public void Speech_followed_by_half_a_second_of_silence_is_one_utterance_with_its_pre_roll()
    {
        var detector = new UtteranceDetector(Options, startPosition: 0);
        var audio = Silence(8000).Concat(Tone(8000)).Concat(Silence(4000)).ToArray();

        var utterances = detector.Push(audio);

        Assert.Equal([new Utterance(8000 - 800, 16000)], utterances);
    }

    [Fact]
    public void A_pause_shorter_than_the_silence_setting_does_not_split_the_utterance()
    {
        var detector = new UtteranceDetector(Options, startPosition: 0);
        var audio = Tone(4000).Concat(Silence(3200)).Concat(Tone(4000)).Concat(Silence(4000)).ToArray();

        var utterances = new List<Utterance>();
        foreach (var chunk in audio.Chunk(333))
        {
            utterances.AddRange(detector.Push(chunk));
        }

        Assert.Equal([new Utterance(0, 11200)], utterances);
    }

    [Fact]
    public void Positions_count_from_the_start_position_and_an_open_utterance_is_flushed_at_the_end()
    {
        var detector = new UtteranceDetector(Options, startPosition: 80_000);

        Assert.Empty(detector.Push(Silence(1600).Concat(Tone(1600)).ToArray()));

        Assert.Equal(80_000 + 1600 - 800, detector.RetainFrom);
        Assert.Equal(new Utterance(80_000 + 1600 - 800, 80_000 + 3200), detector.Flush());
        Assert.Null(detector.Flush());
    }

    [Fact]
    public void Speech_longer_than_the_maximum_is_cut()
    {
        var detector = new UtteranceDetector(Options, startPosition: 0);

        var utterances = detector.Push(Tone(8000 * 4).ToArray());

        Assert.Equal([new Utterance(0, 24000)], utterances);
    }

    [Fact]
    public void Silence_alone_never_makes_an_utterance_and_only_the_pre_roll_is_retained()
    {
        var detector = new UtteranceDetector(Options, startPosition: 0);

        Assert.Empty(detector.Push(Silence(16000).ToArray()));
        Assert.Equal(16000 - 800, detector.RetainFrom);
        Assert.Null(detector.Flush());
    }

    private static IEnumerable<byte> Silence(int bytes) => Enumerable.Repeat(MuLaw.Silence, bytes);

    private static IEnumerable<byte> Tone(int bytes) =>
        Enumerable.Range(0, bytes).Select(i => MuLaw.Encode((short)(4000 * Math.Sin(2 * Math.PI * 440 * i / 8000))));
}
