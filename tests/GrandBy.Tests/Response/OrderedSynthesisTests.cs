using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using GrandBy.Grains.Response;

namespace GrandBy.Tests.Response;

public class OrderedSynthesisTests
{
    /// <summary>A synthesiser whose every sentence finishes only when the test says so.</summary>
    private sealed class ControlledSynthesizer
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource<byte[]>> _results = new();
        private readonly Channel<string> _started = Channel.CreateUnbounded<string>();
        private int _running;
        private int _maxRunning;

        public int MaxRunning => Volatile.Read(ref _maxRunning);

        public ConcurrentQueue<CancellationToken> Tokens { get; } = new();

        public async Task<byte[]> SynthesizeAsync(string text, CancellationToken cancellationToken)
        {
            var running = Interlocked.Increment(ref _running);
            InterlockedMax(ref _maxRunning, running);
            Tokens.Enqueue(cancellationToken);
            var result = Result(text);
            using var registration = cancellationToken.Register(() => result.TrySetCanceled(cancellationToken));
            _started.Writer.TryWrite(text);
            try
            {
                return await result.Task;
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        public TaskCompletionSource<byte[]> Result(string text) =>
            _results.GetOrAdd(text, _ => new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously));

        public void Finish(string text) => Result(text).SetResult(Audio(text));

        public ValueTask<string> NextStartAsync(CancellationToken cancellationToken) => _started.Reader.ReadAsync(cancellationToken);

        public bool AnotherStarted => _started.Reader.TryPeek(out _);

        private static void InterlockedMax(ref int target, int value)
        {
            for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
            {
                if (Interlocked.CompareExchange(ref target, value, current) == current)
                {
                    return;
                }
            }
        }
    }

    private static byte[] Audio(string text) => Encoding.UTF8.GetBytes("audio:" + text);

    [Fact]
    public async Task Sentences_are_yielded_in_order_even_when_later_ones_finish_first()
    {
        using var timeout = TestTimeout.Start();
        var synthesizer = new ControlledSynthesizer();
        var synthesis = new OrderedSynthesis(synthesizer.SynthesizeAsync, maxParallel: 3, attempts: 1);
        await using var results = synthesis.RunAsync(Streamed.Async(["a", "b", "c"]), timeout.Token).GetAsyncEnumerator(timeout.Token);

        var first = results.MoveNextAsync();
        Assert.Equal(["a", "b", "c"], [await synthesizer.NextStartAsync(timeout.Token), await synthesizer.NextStartAsync(timeout.Token), await synthesizer.NextStartAsync(timeout.Token)]);
        synthesizer.Finish("c");
        synthesizer.Finish("b");
        Assert.False(first.IsCompleted);

        synthesizer.Finish("a");
        var yielded = new List<SynthesizedSentence>();
        for (var more = await first; more; more = await results.MoveNextAsync())
        {
            yielded.Add(results.Current);
        }

        Assert.Equal([0, 1, 2], yielded.Select(s => s.Index));
        Assert.Equal(["a", "b", "c"], yielded.Select(s => s.Text));
        Assert.Equal([Audio("a"), Audio("b"), Audio("c")], yielded.Select(s => s.Mulaw));
    }

    [Fact]
    public async Task At_most_max_parallel_syntheses_run_at_once()
    {
        using var timeout = TestTimeout.Start();
        var synthesizer = new ControlledSynthesizer();
        var synthesis = new OrderedSynthesis(synthesizer.SynthesizeAsync, maxParallel: 2, attempts: 1);
        string[] sentences = ["s0", "s1", "s2", "s3", "s4"];
        var run = Streamed.ToListAsync(synthesis.RunAsync(Streamed.Async(sentences), timeout.Token), timeout.Token);

        Assert.Equal("s0", await synthesizer.NextStartAsync(timeout.Token));
        Assert.Equal("s1", await synthesizer.NextStartAsync(timeout.Token));
        Assert.False(synthesizer.AnotherStarted);

        // Finishing a later sentence frees a slot as well: the limit counts running syntheses.
        synthesizer.Finish("s1");
        Assert.Equal("s2", await synthesizer.NextStartAsync(timeout.Token));
        Assert.False(synthesizer.AnotherStarted);

        synthesizer.Finish("s0");
        Assert.Equal("s3", await synthesizer.NextStartAsync(timeout.Token));
        Assert.False(synthesizer.AnotherStarted);

        synthesizer.Finish("s2");
        Assert.Equal("s4", await synthesizer.NextStartAsync(timeout.Token));
        synthesizer.Finish("s4");
        synthesizer.Finish("s3");

        var yielded = await run;
        Assert.Equal(sentences, yielded.Select(s => s.Text));
        Assert.Equal(2, synthesizer.MaxRunning);
    }

    [Fact]
    public async Task Synthesis_of_the_next_sentence_starts_before_the_previous_one_finishes()
    {
        using var timeout = TestTimeout.Start();
        var synthesizer = new ControlledSynthesizer();
        var synthesis = new OrderedSynthesis(synthesizer.SynthesizeAsync, maxParallel: 2, attempts: 1);
        var run = Streamed.ToListAsync(synthesis.RunAsync(Streamed.Async(["first", "second"]), timeout.Token), timeout.Token);

        Assert.Equal("first", await synthesizer.NextStartAsync(timeout.Token));
        Assert.Equal("second", await synthesizer.NextStartAsync(timeout.Token));
        Assert.False(synthesizer.Result("first").Task.IsCompleted);

        synthesizer.Finish("first");
        synthesizer.Finish("second");
        Assert.Equal(["first", "second"], (await run).Select(s => s.Text));
    }

    [Fact]
    public async Task Synthesis_starts_while_the_sentences_are_still_being_generated()
    {
        using var timeout = TestTimeout.Start();
        var synthesizer = new ControlledSynthesizer();
        var synthesis = new OrderedSynthesis(synthesizer.SynthesizeAsync, maxParallel: 2, attempts: 1);
        var sentences = Channel.CreateUnbounded<string>();
        await using var results = synthesis.RunAsync(sentences.Reader.ReadAllAsync(timeout.Token), timeout.Token).GetAsyncEnumerator(timeout.Token);

        var first = results.MoveNextAsync();
        await sentences.Writer.WriteAsync("첫 문장.", timeout.Token);
        Assert.Equal("첫 문장.", await synthesizer.NextStartAsync(timeout.Token));
        synthesizer.Finish("첫 문장.");

        Assert.True(await first);
        Assert.Equal((0, "첫 문장."), (results.Current.Index, results.Current.Text));
        Assert.Equal(Audio("첫 문장."), results.Current.Mulaw);

        var second = results.MoveNextAsync();
        sentences.Writer.Complete();
        Assert.False(await second);
    }

    [Fact]
    public async Task A_failing_sentence_is_tried_attempts_times_then_yielded_without_audio_and_reported()
    {
        using var timeout = TestTimeout.Start();
        var tries = new ConcurrentDictionary<string, int>();
        var failure = new InvalidOperationException("tts down");
        var reported = new ConcurrentQueue<(int Index, string Text, Exception Error)>();
        var synthesis = new OrderedSynthesis(
            (text, _) =>
            {
                tries.AddOrUpdate(text, 1, (_, n) => n + 1);
                return text == "bad" ? Task.FromException<byte[]>(failure) : Task.FromResult(Audio(text));
            },
            maxParallel: 2,
            attempts: 3,
            (index, text, error) => reported.Enqueue((index, text, error)));

        var yielded = await Streamed.ToListAsync(synthesis.RunAsync(Streamed.Async(["good", "bad", "after"]), timeout.Token), timeout.Token);

        Assert.Equal(
            [new SynthesizedSentence(0, "good", yielded[0].Mulaw), new SynthesizedSentence(1, "bad", null), new SynthesizedSentence(2, "after", yielded[2].Mulaw)],
            yielded);
        Assert.Equal(Audio("good"), yielded[0].Mulaw);
        Assert.Equal(Audio("after"), yielded[2].Mulaw);
        Assert.Equal(3, tries["bad"]);
        Assert.Equal(1, tries["good"]);
        Assert.Equal(1, tries["after"]);
        var report = Assert.Single(reported);
        Assert.Equal((1, "bad"), (report.Index, report.Text));
        Assert.Same(failure, report.Error);
    }

    [Fact]
    public async Task A_sentence_that_throws_synchronously_is_treated_as_a_failure()
    {
        using var timeout = TestTimeout.Start();
        var reported = 0;
        var synthesis = new OrderedSynthesis(
            (_, _) => throw new InvalidOperationException("sync"),
            maxParallel: 1,
            attempts: 2,
            (_, _, _) => Interlocked.Increment(ref reported));

        var yielded = await Streamed.ToListAsync(synthesis.RunAsync(Streamed.Async(["one"]), timeout.Token), timeout.Token);

        Assert.Equal([new SynthesizedSentence(0, "one", null)], yielded);
        Assert.Equal(1, reported);
    }

    [Fact]
    public async Task A_sentence_that_fails_then_succeeds_within_its_attempts_keeps_its_audio_and_is_not_reported()
    {
        using var timeout = TestTimeout.Start();
        var tries = 0;
        var reported = 0;
        var synthesis = new OrderedSynthesis(
            (text, _) => Interlocked.Increment(ref tries) < 3
                ? Task.FromException<byte[]>(new TaskCanceledException("HTTP timeout"))
                : Task.FromResult(Audio(text)),
            maxParallel: 1,
            attempts: 3,
            (_, _, _) => Interlocked.Increment(ref reported));

        var yielded = await Streamed.ToListAsync(synthesis.RunAsync(Streamed.Async(["retry me"]), timeout.Token), timeout.Token);

        var sentence = Assert.Single(yielded);
        Assert.Equal(Audio("retry me"), sentence.Mulaw);
        Assert.Equal(3, tries);
        Assert.Equal(0, reported);
    }

    [Fact]
    public async Task Cancellation_cancels_running_syntheses_and_ends_the_enumeration()
    {
        using var timeout = TestTimeout.Start();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var synthesizer = new ControlledSynthesizer();
        var reported = 0;
        var synthesis = new OrderedSynthesis(synthesizer.SynthesizeAsync, maxParallel: 2, attempts: 3, (_, _, _) => Interlocked.Increment(ref reported));
        var sentences = Channel.CreateUnbounded<string>();
        sentences.Writer.TryWrite("one");
        sentences.Writer.TryWrite("two");
        sentences.Writer.TryWrite("three");
        var run = Streamed.ToListAsync(synthesis.RunAsync(sentences.Reader.ReadAllAsync(timeout.Token), cancel.Token), timeout.Token);
        Assert.Equal("one", await synthesizer.NextStartAsync(timeout.Token));
        Assert.Equal("two", await synthesizer.NextStartAsync(timeout.Token));

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.True(synthesizer.Result("one").Task.IsCanceled);
        Assert.True(synthesizer.Result("two").Task.IsCanceled);

        // A slot freed by a cancelled synthesis may still let "three" in, but only with a cancelled token.
        Assert.All(synthesizer.Tokens, token => Assert.True(token.IsCancellationRequested));
        Assert.InRange(synthesizer.Tokens.Count, 2, 3);
        Assert.Equal(0, reported);
    }

    [Fact]
    public async Task Stopping_the_enumeration_early_cancels_the_syntheses_still_running()
    {
        using var timeout = TestTimeout.Start();
        var synthesizer = new ControlledSynthesizer();
        var synthesis = new OrderedSynthesis(synthesizer.SynthesizeAsync, maxParallel: 2, attempts: 1);
        var results = synthesis.RunAsync(Streamed.Async(["one", "two"]), timeout.Token).GetAsyncEnumerator(timeout.Token);

        var first = results.MoveNextAsync();
        Assert.Equal("one", await synthesizer.NextStartAsync(timeout.Token));
        Assert.Equal("two", await synthesizer.NextStartAsync(timeout.Token));
        synthesizer.Finish("one");
        Assert.True(await first);
        await results.DisposeAsync();

        var tokens = synthesizer.Tokens.ToArray();
        Assert.Equal(2, tokens.Length);
        Assert.True(tokens[1].IsCancellationRequested);
        Assert.True(synthesizer.Result("two").Task.IsCanceled);
    }

    [Fact]
    public async Task No_sentences_give_no_results()
    {
        using var timeout = TestTimeout.Start();
        var calls = 0;
        var synthesis = new OrderedSynthesis((_, _) => { Interlocked.Increment(ref calls); return Task.FromResult(Array.Empty<byte>()); }, 2, 1);

        Assert.Empty(await Streamed.ToListAsync(synthesis.RunAsync(Streamed.Async([]), timeout.Token), timeout.Token));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task An_error_from_the_sentence_source_surfaces_after_the_sentences_before_it()
    {
        using var timeout = TestTimeout.Start();
        var synthesis = new OrderedSynthesis((text, _) => Task.FromResult(Audio(text)), 2, 1);
        var yielded = new List<string>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var sentence in synthesis.RunAsync(FailingSource(), timeout.Token))
            {
                yielded.Add(sentence.Text);
            }
        });

        Assert.Equal("llm broke", error.Message);
        Assert.Equal(["before"], yielded);

        static async IAsyncEnumerable<string> FailingSource()
        {
            await Task.Yield();
            yield return "before";
            throw new InvalidOperationException("llm broke");
        }
    }
}
