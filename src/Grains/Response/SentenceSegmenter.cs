using System.Text;

namespace GrandBy.Grains.Response;

/// <summary>
/// Cuts streamed text into sentences as soon as each is complete. A sentence ends at . ? ! 。 … or a
/// line break when what follows is a space or the end of the text — so "3.5" and "Dr. Kim" stay whole —
/// and, in Korean text without punctuation, after a sentence-final ending (…다, …요, …까) and a space.
/// </summary>
public sealed class SentenceSegmenter
{
    private const int MinimumUnpunctuatedLength = 6;
    private static readonly string[] Abbreviations = ["Mr.", "Mrs.", "Ms.", "Dr.", "St.", "e.g.", "i.e."];
    private readonly StringBuilder _pending = new();

    /// <summary>Adds a piece of text and returns the sentences it completed.</summary>
    public IReadOnlyList<string> Append(string text)
    {
        _pending.Append(text);
        List<string>? sentences = null;
        while (TryFindEnd(out var end))
        {
            var sentence = _pending.ToString(0, end).Trim();
            _pending.Remove(0, end);
            TrimLeadingWhiteSpace();
            if (sentence.Length > 0)
            {
                (sentences ??= []).Add(sentence);
            }
        }

        return sentences ?? (IReadOnlyList<string>)[];
    }

    /// <summary>Returns what is left once the text has ended.</summary>
    public string? Flush()
    {
        var rest = _pending.ToString().Trim();
        _pending.Clear();
        return rest.Length > 0 ? rest : null;
    }

    private void TrimLeadingWhiteSpace()
    {
        var spaces = 0;
        while (spaces < _pending.Length && char.IsWhiteSpace(_pending[spaces]))
        {
            spaces++;
        }

        _pending.Remove(0, spaces);
    }

    private bool TryFindEnd(out int end)
    {
        for (var i = 0; i < _pending.Length; i++)
        {
            var c = _pending[i];
            if (c == '\n')
            {
                end = i + 1;
                return true;
            }

            if (IsTerminator(c))
            {
                var after = i + 1;
                while (after < _pending.Length && (IsTerminator(_pending[after]) || IsCloser(_pending[after])))
                {
                    after++;
                }

                if (after == _pending.Length)
                {
                    break;
                }

                if (char.IsWhiteSpace(_pending[after]) && !EndsWithAbbreviation(after))
                {
                    end = after;
                    return true;
                }

                i = after - 1;
            }
            else if (char.IsWhiteSpace(c) && i >= MinimumUnpunctuatedLength && IsKoreanSentenceEnding(i - 1))
            {
                end = i;
                return true;
            }
        }

        end = 0;
        return false;
    }

    private bool IsKoreanSentenceEnding(int index) =>
        _pending[index] is '다' or '요' or '까'
        && index > 0
        && IsHangulSyllable(_pending[index - 1]);

    private bool EndsWithAbbreviation(int end)
    {
        foreach (var abbreviation in Abbreviations)
        {
            var start = end - abbreviation.Length;
            if (start >= 0
                && (start == 0 || char.IsWhiteSpace(_pending[start - 1]))
                && _pending.ToString(start, abbreviation.Length).Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '。' or '…' or '？' or '！';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’' or '」' or '』';

    private static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
