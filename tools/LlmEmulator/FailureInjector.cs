namespace GrandBy.LlmEmulator;

/// <summary>Makes the next N requests fail with a chosen status, for tests of retries and fallbacks.</summary>
internal sealed class FailureInjector
{
    private readonly Lock _gate = new();
    private int _remaining;
    private int _statusCode = 429;
    private TimeSpan _retryAfter = TimeSpan.FromSeconds(1);

    public void Arm(int count, int statusCode, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _remaining = count;
            _statusCode = statusCode;
            _retryAfter = retryAfter;
        }
    }

    public bool TryTake(out int statusCode, out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            statusCode = _statusCode;
            retryAfter = _retryAfter;
            if (_remaining == 0)
            {
                return false;
            }

            _remaining--;
            return true;
        }
    }
}
