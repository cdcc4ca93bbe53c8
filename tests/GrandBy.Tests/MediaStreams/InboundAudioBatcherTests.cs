using GrandBy.Gateway.MediaStreams;

namespace GrandBy.Tests.MediaStreams;

public class InboundAudioBatcherTests
{
    private static void AddFrame(InboundAudioBatcher batcher, byte fill, int length, long chunk)
    {
        batcher.FreeSpace[..length].Fill(fill);
        batcher.Commit(length, chunk);
    }

    [Fact]
    public void An_empty_batcher_has_nothing_to_take()
    {
        var batcher = new InboundAudioBatcher(batchBytes: 800, maxFrameBytes: 160);

        Assert.Null(batcher.Take(epoch: 1));
        Assert.Equal(0, batcher.Length);
        Assert.False(batcher.IsFull);
    }

    [Fact]
    public void Free_space_holds_at_least_one_maximal_frame_even_when_the_batch_is_almost_full()
    {
        var batcher = new InboundAudioBatcher(batchBytes: 800, maxFrameBytes: 160);
        Assert.Equal(960, batcher.FreeSpace.Length);

        AddFrame(batcher, 1, 799, chunk: 1);

        Assert.False(batcher.IsFull);
        Assert.Equal(161, batcher.FreeSpace.Length);
    }

    [Fact]
    public void The_batch_is_full_once_the_configured_size_is_reached()
    {
        var batcher = new InboundAudioBatcher(batchBytes: 480, maxFrameBytes: 160);

        AddFrame(batcher, 1, 160, chunk: 1);
        AddFrame(batcher, 2, 160, chunk: 2);
        Assert.False(batcher.IsFull);
        Assert.Equal(320, batcher.Length);

        AddFrame(batcher, 3, 160, chunk: 3);
        Assert.True(batcher.IsFull);
        Assert.Equal(480, batcher.Length);
    }

    [Fact]
    public void A_batch_holds_the_frames_in_order_with_the_first_frames_chunk()
    {
        var batcher = new InboundAudioBatcher(batchBytes: 480, maxFrameBytes: 160);
        AddFrame(batcher, 1, 160, chunk: 41);
        AddFrame(batcher, 2, 160, chunk: 42);
        AddFrame(batcher, 3, 100, chunk: 43);

        var batch = batcher.Take(epoch: 7);

        Assert.NotNull(batch);
        Assert.Equal(7, batch.Epoch);
        Assert.Equal(41, batch.FirstChunk);
        Assert.Equal(
            Enumerable.Repeat((byte)1, 160).Concat(Enumerable.Repeat((byte)2, 160)).Concat(Enumerable.Repeat((byte)3, 100)),
            batch.Mulaw);
    }

    [Fact]
    public void Take_resets_the_batcher_and_the_next_batch_starts_at_its_own_first_chunk()
    {
        var batcher = new InboundAudioBatcher(batchBytes: 320, maxFrameBytes: 160);
        AddFrame(batcher, 1, 160, chunk: 1);
        AddFrame(batcher, 2, 160, chunk: 2);
        var first = batcher.Take(epoch: 0)!;

        Assert.Equal(0, batcher.Length);
        Assert.False(batcher.IsFull);
        Assert.Equal(480, batcher.FreeSpace.Length);
        Assert.Null(batcher.Take(epoch: 0));

        AddFrame(batcher, 3, 160, chunk: 3);
        var second = batcher.Take(epoch: 1)!;

        Assert.Equal((0, 1L, 320), (first.Epoch, first.FirstChunk, first.Mulaw.Length));
        Assert.Equal((1, 3L), (second.Epoch, second.FirstChunk));
        Assert.Equal(Enumerable.Repeat((byte)3, 160), second.Mulaw);
    }

    [Fact]
    public void A_taken_batch_is_a_copy_that_later_frames_do_not_overwrite()
    {
        var batcher = new InboundAudioBatcher(batchBytes: 160, maxFrameBytes: 160);
        AddFrame(batcher, 5, 160, chunk: 1);
        var batch = batcher.Take(epoch: 0)!;

        AddFrame(batcher, 6, 160, chunk: 2);

        Assert.All(batch.Mulaw, b => Assert.Equal(5, b));
    }

    [Fact]
    public void An_empty_frame_does_not_make_a_batch()
    {
        var batcher = new InboundAudioBatcher(batchBytes: 160, maxFrameBytes: 160);

        batcher.Commit(0, chunk: 9);

        Assert.Null(batcher.Take(epoch: 0));
    }

    [Fact]
    public void Frames_parsed_straight_into_the_free_space_are_batched()
    {
        var batcher = new InboundAudioBatcher(batchBytes: 6, maxFrameBytes: 64);
        foreach (var (chunk, audio) in new[] { (10L, new byte[] { 1, 2, 3 }), (11L, new byte[] { 4, 5, 6 }) })
        {
            var json = $$$"""{"event":"media","streamSid":"MZ1","media":{"chunk":"{{{chunk}}}","payload":"{{{Convert.ToBase64String(audio)}}}"}}""";
            Assert.True(InboundFrameParser.TryParse(System.Text.Encoding.UTF8.GetBytes(json), batcher.FreeSpace, out var frame, out _));
            batcher.Commit(frame.AudioLength, frame.Chunk);
        }

        Assert.True(batcher.IsFull);
        var batch = batcher.Take(epoch: 2)!;
        Assert.Equal(10, batch.FirstChunk);
        Assert.Equal([1, 2, 3, 4, 5, 6], batch.Mulaw);
    }
}
