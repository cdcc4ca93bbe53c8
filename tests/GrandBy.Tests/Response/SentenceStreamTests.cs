using System.Threading.Channels;
using GrandBy.Grains.Response;

namespace GrandBy.Tests.Response;

public class SentenceStreamTests
{
    [Fact]
    public async Task Emulator_reply_streamed_in_small_pieces_becomes_whole_sentences()
    {
        using var timeout = TestTimeout.Start();
        var deltas = Streamed.Async(Streamed.Pieces("무릎이 아프셨군요. 오늘은 무리하지 마시고 푹 쉬세요. 약은 잘 챙겨 드셨어요?"));

        var sentences = await Streamed.ToListAsync(SentenceStream.SplitAsync(deltas, timeout.Token), timeout.Token);

        Assert.Equal(["무릎이 아프셨군요.", "오늘은 무리하지 마시고 푹 쉬세요.", "약은 잘 챙겨 드셨어요?"], sentences);
    }

    [Fact]
    public async Task The_unterminated_rest_is_yielded_when_the_deltas_end()
    {
        using var timeout = TestTimeout.Start();

        var sentences = await Streamed.ToListAsync(
            SentenceStream.SplitAsync(Streamed.Async(["Nice to hear ", "from you. Did you", " sleep well"]), timeout.Token), timeout.Token);

        Assert.Equal(["Nice to hear from you.", "Did you sleep well"], sentences);
    }

    [Fact]
    public async Task No_deltas_give_no_sentences()
    {
        using var timeout = TestTimeout.Start();

        Assert.Empty(await Streamed.ToListAsync(SentenceStream.SplitAsync(Streamed.Async([]), timeout.Token), timeout.Token));
    }

    [Fact]
    public async Task Whitespace_only_deltas_give_no_sentences()
    {
        using var timeout = TestTimeout.Start();

        Assert.Empty(await Streamed.ToListAsync(SentenceStream.SplitAsync(Streamed.Async([" ", "\n", "  "]), timeout.Token), timeout.Token));
    }

    [Fact]
    public async Task A_sentence_is_yielded_before_the_deltas_end()
    {
        using var timeout = TestTimeout.Start();
        var deltas = Channel.CreateUnbounded<string>();
        await using var sentences = SentenceStream.SplitAsync(deltas.Reader.ReadAllAsync(timeout.Token), timeout.Token).GetAsyncEnumerator(timeout.Token);

        var first = sentences.MoveNextAsync();
        await deltas.Writer.WriteAsync("정말 잘하셨어요.", timeout.Token);
        Assert.False(first.IsCompleted);
        await deltas.Writer.WriteAsync(" 오늘", timeout.Token);

        Assert.True(await first);
        Assert.Equal("정말 잘하셨어요.", sentences.Current);

        var second = sentences.MoveNextAsync();
        deltas.Writer.Complete();
        Assert.True(await second);
        Assert.Equal("오늘", sentences.Current);
        Assert.False(await sentences.MoveNextAsync());
    }

    [Fact]
    public async Task Cancellation_stops_the_split()
    {
        using var timeout = TestTimeout.Start();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var deltas = Channel.CreateUnbounded<string>();
        await using var sentences = SentenceStream.SplitAsync(deltas.Reader.ReadAllAsync(timeout.Token), cancel.Token).GetAsyncEnumerator(timeout.Token);

        var next = sentences.MoveNextAsync();
        await deltas.Writer.WriteAsync("끝나지 않은 문장", timeout.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await next);
    }
}
