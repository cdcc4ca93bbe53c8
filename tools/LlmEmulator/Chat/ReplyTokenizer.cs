using System.Globalization;

namespace GrandBy.LlmEmulator.Chat;

/// <summary>
/// Cuts a reply into pieces of three and two characters in turn, so numbers ("3.5") and Korean words
/// arrive split across tokens, as they do from a real model. The same text always gives the same pieces.
/// </summary>
public static class ReplyTokenizer
{
    public static IReadOnlyList<string> Split(string text)
    {
        var pieces = new List<string>();
        var elements = StringInfo.ParseCombiningCharacters(text);
        for (int start = 0, size = 3; start < elements.Length; start += size, size = 5 - size)
        {
            var end = start + size;
            var from = elements[start];
            var to = end < elements.Length ? elements[end] : text.Length;
            pieces.Add(text[from..to]);
        }

        return pieces;
    }
}
