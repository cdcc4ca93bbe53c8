namespace GrandBy.Grains.Calls;

/// <summary>The grain storage provider name calls persist to; the host decides what backs it.</summary>
public static class CallStorage
{
    public const string Name = "calls";
}
