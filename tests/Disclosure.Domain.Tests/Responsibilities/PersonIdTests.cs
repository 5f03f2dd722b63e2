using CsCheck;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Disclosure.Domain.Tests.Review;

namespace Disclosure.Domain.Tests.Responsibilities;

public class PersonIdTests
{
    [Theory]
    [InlineData("zhang.san")]
    [InlineData("20240017")]
    [InlineData("li_na2")]
    [InlineData("wang-wei")]
    [InlineData("a")]
    public void Parse_CanonicalId_KeepsItUnchanged(string text) => Assert.Equal(text, PersonId.Parse(text).Value);

    [Fact]
    public void Parse_SixtyFourCharacters_AcceptedAndSixtyFiveRefused()
    {
        Assert.Equal(64, PersonId.Parse(new string('a', 64)).Value.Length);
        Assert.Contains("65 characters, more than 64", Assert.Throws<FormatException>(() => PersonId.Parse(new string('a', 65))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zhang", "the upper-case letter 'Z' (ids are lower case, so 'Zhang' and 'zhang' cannot be two people) at position 1", "zhang")]
    [InlineData(" zhang", "white space (U+0020, space) at position 1", "zhang")]
    [InlineData("zhang ", "white space (U+0020, space) at position 6", "zhang")]
    [InlineData("zhang\u00A0", "white space (U+00A0, no-break space) at position 6", "zhang")]
    [InlineData("\tzhang", "white space (U+0009, tab) at position 1", "zhang")]
    [InlineData("zhang\u3000", "white space (U+3000, ideographic space) at position 6", "zhang")]
    [InlineData("ｚhang", "the full-width character 'ｚ' (U+FF5A), which is not the ASCII 'z' at position 1", "zhang")]
    [InlineData("zh\u200Bang", "the invisible character U+200B (Format) at position 3", "zhang")]
    [InlineData("zhang\u200D", "the invisible character U+200D (Format) at position 6", "zhang")]
    [InlineData("zh\u00ADang", "the invisible character U+00AD (Format) at position 3", "zhang")]
    [InlineData("zhаng", "the Cyrillic letter 'а' (U+0430)", null)]
    [InlineData("zhοng", "the Greek letter 'ο' (U+03BF)", null)]
    [InlineData("张三", "the non-ASCII character '张' (U+5F20", null)]
    [InlineData("zhang..san", "two separators '..' meet at position 7", null)]
    [InlineData("-zhang", "starts with '-'", null)]
    [InlineData("zhang_", "ends with '_'", null)]
    [InlineData("zhang@office", "'@', which is not a letter, digit or one of '-', '.', '_'", null)]
    public void Parse_NonCanonicalText_SaysWhatWhereAndHow(string text, string what, string? suggestion)
    {
        var message = Assert.Throws<FormatException>(() => PersonId.Parse(text)).Message;

        Assert.Contains(what, message, StringComparison.Ordinal);
        Assert.Contains("lower-case ASCII letters and digits", message, StringComparison.Ordinal);
        Assert.Contains("display name", message, StringComparison.Ordinal);
        if (suggestion is null)
        {
            Assert.DoesNotContain("is meant", message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"If '{suggestion}' is meant, write exactly that.", message, StringComparison.Ordinal);
        }

        Assert.False(PersonId.TryParse(text, out var id));
        Assert.Null(id.Value);
    }

    [Fact]
    public void Parse_InvisibleCharacter_IsShownEscapedInTheMessage()
    {
        var message = Assert.Throws<FormatException>(() => PersonId.Parse("zh\u200Bang")).Message;

        Assert.StartsWith("'zh\\u200Bang' is not a valid person id", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_EmptyOrNull_SaysEmpty()
    {
        Assert.StartsWith("The person id is empty", PersonId.Explain(string.Empty), StringComparison.Ordinal);
        Assert.StartsWith("The person id is empty", PersonId.Explain(null), StringComparison.Ordinal);
        Assert.Null(PersonId.Explain("zhang"));
        Assert.Throws<ArgumentNullException>(() => PersonId.Parse(null!));
    }

    [Fact]
    public void TryParse_RandomText_AdmitsExactlyTheCanonicalFormAndOneSpellingPerPerson()
    {
        // Text built from ASCII in both cases, separators and every look-alike kind: the implementation admits exactly
        // what the test's plain pattern admits, and an admitted id is its own canonical identity, so two admitted ids
        // that stand for the same person are the same string.
        const string pool = "abcdefghijklmnopqrstuvwxyzABCZ0123456789-._-. \t\u00A0\u3000\u200B\u200D\u00AD\uFEFFａｚＡ０аеорсхαορνι张@";
        var admitted = 0;
        Gen.Int[0, pool.Length - 1].Array[1, 8].Select(ix => new string([.. ix.Select(i => pool[i])])).Sample(
            text =>
            {
                var ok = PersonId.TryParse(text, out var id);
                Assert.True(ok == ModelIdentity.Admissible(text), $"'{text}': implementation {(ok ? "admits" : "refuses")} it");
                Assert.True(ok == (PersonId.Explain(text) is null));
                if (ok)
                {
                    Assert.Equal(text, id.Value);
                    Assert.Equal(text, ModelIdentity.Human(text));
                    Interlocked.Increment(ref admitted);
                }
            },
            iter: 20000);
        Assert.True(admitted > 100, $"some random ids must be admitted (got {admitted})");
    }

    [Fact]
    public void Reviewer_Create_DefaultIdOrEmptyDisplayName_Throws()
    {
        var office = UnitId.Parse("office");

        Assert.Throws<ArgumentException>(() => Reviewer.Create(default, "张三", office));
        Assert.Throws<ArgumentException>(() => Reviewer.Create(PersonId.Parse("zhang.san"), " ", office));
        var zhang = Reviewer.Create(PersonId.Parse("zhang.san"), "张三", office, ReviewRole.LeaderInCharge);
        Assert.Equal("张三", zhang.DisplayName);
        Assert.NotEqual(zhang, Reviewer.Create(PersonId.Parse("zhang.san"), "张 三", office, ReviewRole.LeaderInCharge));
    }

    [Fact]
    public void Default_HasNullValueAndEmptyText()
    {
        Assert.Null(default(PersonId).Value);
        Assert.Equal(string.Empty, default(PersonId).ToString());
        Assert.Equal(PersonId.Parse("zhang"), PersonId.Parse("zhang"));
    }
}
