using GrandBy.CallerSimulator.Playback;

namespace GrandBy.CallerSimulator.Tests.Playback;

public sealed class PlaybackBufferTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void A_mark_with_nothing_queued_is_due_at_once()
    {
        var buffer = new PlaybackBuffer(_time);

        buffer.AddMark("m");

        Assert.Equal(TimeSpan.Zero, buffer.NextChangeIn);
        Assert.Equal([new PlaybackMark("m", false)], buffer.TakeDueMarks());
        Assert.True(buffer.IsDrained);
    }

    [Fact]
    public void A_mark_falls_due_when_the_audio_before_it_has_played()
    {
        var buffer = new PlaybackBuffer(_time);
        buffer.Enqueue(800);
        buffer.AddMark("m");

        _time.Advance(TimeSpan.FromMilliseconds(99));
        Assert.Empty(buffer.TakeDueMarks());
        Assert.Equal(TimeSpan.FromMilliseconds(1), buffer.NextChangeIn);
        Assert.True(buffer.IsPlaying);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal([new PlaybackMark("m", false)], buffer.TakeDueMarks());
        Assert.False(buffer.IsPlaying);
        Assert.Equal(800, buffer.PlayedBytes);
        Assert.Null(buffer.NextChangeIn);
    }

    [Fact]
    public void Marks_come_out_in_order_each_after_its_own_audio()
    {
        var buffer = new PlaybackBuffer(_time);
        buffer.Enqueue(800);
        buffer.AddMark("a");
        buffer.Enqueue(1600);
        buffer.AddMark("b");
        buffer.AddMark("c");

        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(["a"], buffer.TakeDueMarks().Select(m => m.Name));
        _time.Advance(TimeSpan.FromMilliseconds(199));
        Assert.Empty(buffer.TakeDueMarks());
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["b", "c"], buffer.TakeDueMarks().Select(m => m.Name));
        Assert.True(buffer.IsDrained);
    }

    [Fact]
    public void Audio_arriving_after_a_gap_starts_playing_when_it_arrives()
    {
        var buffer = new PlaybackBuffer(_time);
        buffer.Enqueue(800);
        _time.Advance(TimeSpan.FromSeconds(1));

        buffer.Enqueue(800);
        buffer.AddMark("m");

        Assert.Equal(TimeSpan.FromMilliseconds(100), buffer.NextChangeIn);
        Assert.Equal(800, buffer.PlayedBytes);
    }

    [Fact]
    public void Audio_arriving_while_playing_queues_behind_it()
    {
        var buffer = new PlaybackBuffer(_time);
        buffer.Enqueue(800);
        _time.Advance(TimeSpan.FromMilliseconds(50));

        buffer.Enqueue(800);
        buffer.AddMark("m");

        Assert.Equal(TimeSpan.FromMilliseconds(150), buffer.NextChangeIn);
        Assert.Equal(400, buffer.PlayedBytes);
    }

    [Fact]
    public void Clear_drops_unplayed_audio_and_releases_pending_marks_at_once()
    {
        var buffer = new PlaybackBuffer(_time);
        buffer.Enqueue(8000);
        buffer.AddMark("a");
        buffer.Enqueue(8000);
        buffer.AddMark("b");
        _time.Advance(TimeSpan.FromMilliseconds(250));

        var dropped = buffer.Clear();

        Assert.Equal(16000 - 2000, dropped);
        Assert.Equal([new PlaybackMark("a", true), new PlaybackMark("b", true)], buffer.TakeDueMarks());
        Assert.False(buffer.IsPlaying);
        Assert.True(buffer.IsDrained);
        Assert.Equal(2000, buffer.PlayedBytes);
        Assert.Equal(14000, buffer.DroppedBytes);
        Assert.Equal(16000, buffer.ReceivedBytes);
    }

    [Fact]
    public void Clear_does_not_mark_as_unheard_a_mark_whose_audio_had_played()
    {
        var buffer = new PlaybackBuffer(_time);
        buffer.Enqueue(800);
        buffer.AddMark("played");
        buffer.Enqueue(8000);
        buffer.AddMark("cut");
        _time.Advance(TimeSpan.FromMilliseconds(200));

        buffer.Clear();

        Assert.Equal([new PlaybackMark("played", false), new PlaybackMark("cut", true)], buffer.TakeDueMarks());
    }

    [Fact]
    public void Audio_after_a_clear_plays_from_the_clear()
    {
        var buffer = new PlaybackBuffer(_time);
        buffer.Enqueue(8000);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        buffer.Clear();

        buffer.Enqueue(800);
        buffer.AddMark("next");

        Assert.Equal(TimeSpan.FromMilliseconds(100), buffer.NextChangeIn);
    }
}
