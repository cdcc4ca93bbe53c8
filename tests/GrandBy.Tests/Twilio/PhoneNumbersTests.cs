using GrandBy.Gateway.Twilio;

namespace GrandBy.Tests.Twilio;

public class PhoneNumbersTests
{
    [Theory]
    [InlineData("+821012345678", "*********5678")]
    [InlineData("+15551234567", "********4567")]
    [InlineData("12345", "*2345")]
    [InlineData("1234", "****")]
    [InlineData("12", "****")]
    [InlineData("", "(none)")]
    [InlineData(null, "(none)")]
    public void Mask_keeps_only_the_last_four_digits(string? number, string masked)
    {
        Assert.Equal(masked, PhoneNumbers.Mask(number));
    }
}
