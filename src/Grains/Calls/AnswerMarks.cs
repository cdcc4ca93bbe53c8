using System.Globalization;

namespace GrandBy.Grains.Calls;

/// <summary>Names the mark sent after each answer sentence, so its echo says which sentence the caller heard.</summary>
public static class AnswerMarks
{
    public static string Name(int answerId, int sentenceIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"{answerId}:{sentenceIndex}");

    public static bool TryParse(string name, out int answerId, out int sentenceIndex)
    {
        answerId = sentenceIndex = -1;
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && int.TryParse(name.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out answerId)
            && int.TryParse(name.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out sentenceIndex);
    }
}
