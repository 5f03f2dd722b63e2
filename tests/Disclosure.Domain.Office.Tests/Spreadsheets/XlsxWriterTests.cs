using System.IO.Compression;
using CsCheck;
using Disclosure.Domain.Office.Spreadsheets;

namespace Disclosure.Domain.Office.Tests.Spreadsheets;

// Runs alone: the held-memory check reads the process's live heap, which tests running beside it would grow.
[Collection(nameof(HeldMemoryCollection))]
public sealed class XlsxWriterTests
{
    private sealed record Item(string Name, LocalDate Due, int Days, bool Late, LocalDate? Done);

    private static readonly XlsxColumn<Item>[] Columns =
    [
        new("栏目", 20, i => XlsxCell.Text(i.Name)),
        new("应完成日期", 12, i => XlsxCell.Date(i.Due)),
        new("逾期工作日", 8, i => XlsxCell.Number(i.Days)),
        new("迟交", 6, i => XlsxCell.Boolean(i.Late)),
        new("完成日期", 12, i => XlsxCell.Date(i.Done)),
    ];

    private static byte[] Write<T>(string sheet, IReadOnlyList<XlsxColumn<T>> columns, IEnumerable<T> rows)
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, sheet, columns, rows);
        return stream.ToArray();
    }

    [Fact]
    public void Write_ReadBackWithOpenXml_HasBoldHeadersTypedCellsAndRowCount()
    {
        Item[] items =
        [
            new("机构职能", new LocalDate(2024, 7, 1), 0, false, null),
            new("社会救助 & <低保>", new LocalDate(2024, 10, 8), 3, true, new LocalDate(2024, 10, 11)),
        ];

        var sheet = Assert.Single(XlsxReadBack.Read(Write("应办事项", Columns, items)));

        Assert.Equal("应办事项", sheet.Name);
        Assert.Equal(3, sheet.Rows.Count);
        Assert.Equal(["栏目", "应完成日期", "逾期工作日", "迟交", "完成日期"], sheet.Rows[0].Select(c => c.Value));
        Assert.All(sheet.Rows[0], c => Assert.True(c.Bold && c.Type == "inlineStr"));
        Assert.Equal(["A1", "B1", "C1", "D1", "E1"], sheet.Rows[0].Select(c => c.Reference));
        var second = sheet.Rows[2];
        Assert.Equal("社会救助 & <低保>", second[0].Value);
        Assert.False(second[0].Bold);
        Assert.Equal(new LocalDate(2024, 10, 8), second[1].Date);
        Assert.Equal(("", "3"), (second[2].Type, second[2].Value));
        Assert.Equal(("b", "1"), (second[3].Type, second[3].Value));
        Assert.Equal(new LocalDate(2024, 10, 11), second[4].Date);
        // An empty cell is left out of its row: the first item has no 完成日期.
        Assert.Equal(["A2", "B2", "C2", "D2"], sheet.Rows[1].Select(c => c.Reference));
    }

    [Fact]
    public void Write_DateCell_IsExcelsSerialNumberWithADateFormat()
    {
        var sheet = XlsxReadBack.Read(Write("s", Columns, [new Item("x", new LocalDate(2024, 7, 1), 0, false, null)]))[0];

        // DateTime.ToOADate is .NET's own implementation of Excel's 1900 date system.
        Assert.Equal(new DateTime(2024, 7, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), sheet.Rows[1][1].Value);
        Assert.Equal("45474", sheet.Rows[1][1].Value);
        Assert.Equal(@"yyyy\-mm\-dd", sheet.Rows[1][1].FormatCode);
    }

    [Fact]
    public void Write_Sheet_FreezesTheHeaderRowAndSetsWidthsWideEnoughForTheHeaders()
    {
        var sheet = XlsxReadBack.Read(Write("s", Columns, []))[0];

        Assert.Equal("A2", sheet.FrozenTopLeft);
        // 20 and 12 as asked; 逾期工作日 (five CJK characters, 10 units + 2) is wider than the 8 asked.
        Assert.Equal([20, 12, 12, 6, 12], sheet.Widths);
        Assert.Single(sheet.Rows);
    }

    [Fact]
    public void Dates_RandomDates_ReadBackAsTheSameDates()
    {
        var first = new LocalDate(1900, 3, 1);
        Gen.Int[0, Period.DaysBetween(first, new LocalDate(9999, 12, 31))].Array[1, 50].Sample(days =>
        {
            var dates = days.Select(first.PlusDays).ToArray();
            var sheet = XlsxReadBack.Read(Write("d", [new XlsxColumn<LocalDate>("日期", 12, XlsxCell.Date)], dates))[0];
            Assert.Equal(dates, sheet.Rows.Skip(1).Select(r => r[0].Date!.Value));
        }, iter: 50);
    }

    [Fact]
    public void Text_RandomStrings_ReadBackAsWritten()
    {
        // Any XML-legal text, including markup characters, leading/trailing spaces and CJK.
        var chars = Gen.OneOf(Gen.Char['\u0020', '\u007E'], Gen.Char['\u4E00', '\u9FFF'], Gen.Const('\n'), Gen.Const('\t'), Gen.Const(' '));
        chars.Array[1, 40].Select(a => new string(a)).Array[1, 20].Sample(texts =>
        {
            var sheet = XlsxReadBack.Read(Write("t", [new XlsxColumn<string>("文本", 12, XlsxCell.Text)], texts))[0];
            Assert.Equal(texts, sheet.Rows.Skip(1).Select(r => r[0].Value));
        }, iter: 100);
    }

    [Fact]
    public void Text_ControlCharactersAndLiteralEscapes_UseExcelsEscapes()
    {
        var bytes = Write("t", [new XlsxColumn<string>("文本", 12, XlsxCell.Text)], ["a\u0001b", "_x0041_"]);

        var values = XlsxReadBack.Read(bytes)[0].Rows.Skip(1).Select(r => r[0].Value).ToArray();

        // Excel decodes _xHHHH_: a\u0001b comes back as written, and _x005F_ keeps a literal "_x0041_" from becoming "A".
        Assert.Equal(["a_x0001_b", "_x005F_x0041_"], values);
    }

    [Fact]
    public void WriteSheet_SeveralSheets_AreReadInOrder()
    {
        using var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream, leaveOpen: true))
        {
            Assert.Equal(2, writer.WriteSheet("一", [new XlsxColumn<int>("n", 5, n => XlsxCell.Number(n))], [1, 2]));
            Assert.Equal(3, writer.WriteSheet("二", [new XlsxColumn<int>("n", 5, n => XlsxCell.Number(n))], [3, 4, 5]));
            Assert.Equal(["一", "二"], writer.SheetNames);
        }

        var sheets = XlsxReadBack.Read(stream.ToArray());

        Assert.Equal(["一", "二"], sheets.Select(s => s.Name));
        Assert.Equal(["3", "4", "5"], sheets[1].Rows.Skip(1).Select(r => r[0].Value));
    }

    [Fact]
    public void Dispose_NoSheetWritten_StillAValidWorkbook()
    {
        using var stream = new MemoryStream();
        new XlsxWriter(stream, leaveOpen: true).Dispose();

        Assert.Single(XlsxReadBack.Read(stream.ToArray()));
    }

    [Fact]
    public void Write_NonSeekableStream_Works()
    {
        using var inner = new MemoryStream();
        using (var stream = new WriteOnlyStream(inner))
        {
            XlsxWriter.Write(stream, "s", Columns, [new Item("x", new LocalDate(2024, 7, 1), 0, false, null)]);
        }

        Assert.Equal(2, XlsxReadBack.Read(inner.ToArray())[0].Rows.Count);
    }

    [Fact]
    public void Write_ManyRows_HeldMemoryDoesNotGrowWithTheRows()
    {
        // Live heap after 20,000 rows and after 200,000: a writer that kept rows (or an uncompressed part) would grow by
        // tens of megabytes between the two; a streaming one stays within its buffers.
        long? early = null, late = null;
        IEnumerable<int> Rows()
        {
            for (var i = 1; i <= 200_000; i++)
            {
                if (i is 20_000 or 200_000)
                {
                    var held = GC.GetTotalMemory(forceFullCollection: true);
                    if (i == 20_000)
                    {
                        early = held;
                    }
                    else
                    {
                        late = held;
                    }
                }

                yield return i;
            }
        }

        XlsxColumn<int>[] columns = [new("序号", 8, i => XlsxCell.Number(i)), new("栏目", 20, i => XlsxCell.Text("社会救助科政策解读")), new("日期", 12, i => XlsxCell.Date(new LocalDate(2024, 7, 1).PlusDays(i % 300)))];

        Assert.Equal(200_000, XlsxWriter.Write(Stream.Null, "s", columns, Rows()));
        Assert.True(late - early < 4_000_000, $"held {early:N0} bytes after 20,000 rows and {late:N0} after 200,000");
    }

    [Fact]
    public void Write_ZipEntries_AreTheOnesExcelNeeds()
    {
        using var zip = new ZipArchive(new MemoryStream(Write("s", Columns, [])));

        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a:b")]
    [InlineData("[x]")]
    [InlineData("'quoted'")]
    [InlineData("12345678901234567890123456789012")]
    public void WriteSheet_NameExcelRefuses_Throws(string name)
    {
        using var writer = new XlsxWriter(new MemoryStream());

        var e = Assert.Throws<ArgumentException>(() => writer.WriteSheet(name, Columns, []));
        Assert.Contains("sheet name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteSheet_SameNameTwiceIgnoringCase_Throws()
    {
        using var writer = new XlsxWriter(new MemoryStream());
        writer.WriteSheet("Due", Columns, []);

        Assert.Throws<ArgumentException>(() => writer.WriteSheet("due", Columns, []));
    }

    [Fact]
    public void WriteSheet_NoColumns_Throws()
    {
        using var writer = new XlsxWriter(new MemoryStream());

        Assert.Throws<ArgumentException>(() => writer.WriteSheet<Item>("s", [], []));
    }

    [Fact]
    public void Cells_OutOfExcelsRange_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => XlsxCell.Date(new LocalDate(1900, 2, 28)));
        Assert.Throws<ArgumentOutOfRangeException>(() => XlsxCell.Date(new LocalDate(10000, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => XlsxCell.Number(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new XlsxColumn<int>("h", 0, _ => default));
        Assert.Equal(XlsxCellKind.Empty, XlsxCell.Text(string.Empty).Kind);
        Assert.Equal(XlsxCellKind.Empty, XlsxCell.Date((LocalDate?)null).Kind);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(16383, "XFD")]
    public void ColumnName_Index_IsExcelsLetters(int index, string expected) => Assert.Equal(expected, XlsxWriter.ColumnName(index));

    private sealed class WriteOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}

/// <summary>Tests that measure the process's live heap run with no other test beside them.</summary>
[CollectionDefinition(nameof(HeldMemoryCollection), DisableParallelization = true)]
public sealed class HeldMemoryCollection;
