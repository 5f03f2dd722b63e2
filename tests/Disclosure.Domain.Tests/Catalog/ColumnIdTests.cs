using Disclosure.Domain.Catalog;

namespace Disclosure.Domain.Tests.Catalog;

public class ColumnIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("department-documents")]
    [InlineData("npc-suggestions")]
    [InlineData("q3-2024")]
    public void TryParse_ValidText_ReturnsId(string text)
    {
        Assert.True(ColumnId.TryParse(text, out var id));
        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
        Assert.Equal(id, ColumnId.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Department")]
    [InlineData("1st")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("a--b")]
    [InlineData("a_b")]
    [InlineData("a b")]
    [InlineData("policy-regulations/department-documents")]
    [InlineData("部门文件")]
    [InlineData("ａ")]
    public void TryParse_InvalidText_ReturnsFalseAndDefault(string? text)
    {
        Assert.False(ColumnId.TryParse(text, out var id));
        Assert.Equal(default, id);
        Assert.False(ColumnId.IsValid(text));
    }

    [Fact]
    public void IsValid_TooLong_ReturnsFalse()
    {
        Assert.True(ColumnId.IsValid(new string('a', ColumnId.MaxLength)));
        Assert.False(ColumnId.IsValid(new string('a', ColumnId.MaxLength + 1)));
    }

    [Fact]
    public void Parse_InvalidText_ThrowsFormatExceptionNamingTheText()
    {
        var e = Assert.Throws<FormatException>(() => ColumnId.Parse("Bad Id"));
        Assert.Contains("'Bad Id'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ColumnId.Parse(null!));
    }

    [Fact]
    public void Equality_SameText_IsEqualAndOrdinal()
    {
        var a = ColumnId.Parse("plans");
        var b = ColumnId.Parse(new string("plans".ToCharArray()));
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ColumnId.Parse("plan"));
    }

    [Fact]
    public void CompareTo_Ordinal_OrdersLikeStringCompareOrdinal()
    {
        var ids = new[] { "b", "a-b", "a", "a1", "ab" }.Select(ColumnId.Parse).ToList();
        ids.Sort();
        Assert.Equal(["a", "a-b", "a1", "ab", "b"], ids.Select(i => i.Value));
        Assert.True(ColumnId.Parse("a") < ColumnId.Parse("b"));
        Assert.True(ColumnId.Parse("b") >= ColumnId.Parse("b"));
    }

    [Fact]
    public void Default_ToString_IsEmpty()
    {
        Assert.Null(default(ColumnId).Value);
        Assert.Equal(string.Empty, default(ColumnId).ToString());
    }
}
