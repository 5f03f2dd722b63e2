using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Responsibilities;

public class UnitIdTests
{
    [Theory]
    [InlineData("office")]
    [InlineData("social-assistance")]
    [InlineData("unit2")]
    public void TryParse_ValidText_ReturnsId(string text)
    {
        Assert.True(UnitId.TryParse(text, out var id));
        Assert.Equal(text, id.Value);
        Assert.Equal(id, UnitId.Parse(text));
        Assert.True(UnitId.IsValid(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Office")]
    [InlineData("2nd")]
    [InlineData("office-")]
    [InlineData("social_assistance")]
    [InlineData("办公室")]
    public void TryParse_InvalidText_ReturnsFalseAndDefault(string? text)
    {
        Assert.False(UnitId.TryParse(text, out var id));
        Assert.Equal(default, id);
        Assert.False(UnitId.IsValid(text));
    }

    [Fact]
    public void Parse_InvalidText_ThrowsFormatExceptionNamingTheText()
    {
        var e = Assert.Throws<FormatException>(() => UnitId.Parse("Bad Unit"));
        Assert.Contains("'Bad Unit'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => UnitId.Parse(null!));
    }
}
