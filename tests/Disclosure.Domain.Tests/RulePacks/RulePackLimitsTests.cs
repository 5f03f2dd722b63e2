using System.Text;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.RulePacks;

public sealed class RulePackLimitsTests
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;

    [Fact]
    public void LoadFile_FiftyMegabyteFile_IsRefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hostile-{Guid.NewGuid():N}.pack.json");
        using (var file = File.Create(path))
        {
            file.SetLength(FiftyMegabytes); // sparse: nothing written
        }

        try
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var e = Assert.Throws<RulePackException>(() => RulePack.LoadFile(path, null));
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var error = Assert.Single(e.Errors);
            Assert.Equal(DataProblemCodes.FileTooLarge, error.Code);
            Assert.Contains("4194304 bytes", error.Message, StringComparison.Ordinal);
            Assert.True(allocated < 256 * 1024, $"allocated {allocated} bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_EndlessUnseekableStream_StopsReadingAtTheLimit()
    {
        var stream = new EndlessStream();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<RulePackException>(() => RulePack.Load(stream, "pipe", null));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(DataProblemCodes.FileTooLarge, Assert.Single(e.Errors).Code);
        Assert.True(stream.Delivered <= RulePackLimits.Default.MaxBytes + 81920, $"read {stream.Delivered} bytes");
        Assert.True(allocated < 3 * RulePackLimits.Default.MaxBytes, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Load_FiftyMegabyteArray_IsRefusedWithoutParsing()
    {
        var bytes = new byte[FiftyMegabytes];
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<RulePackException>(() => RulePack.Load(bytes, "big", null));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024);
        Assert.Equal(DataProblemCodes.FileTooLarge, Assert.Single(e.Errors).Code);
    }

    [Fact]
    public void Load_DeepNesting_ReportsTooDeepAtTheDepthLimit()
    {
        var json = "{\"formatVersion\": 1, \"x\": " + new string('[', 10_000) + new string(']', 10_000) + "}";
        var e = Assert.Throws<RulePackException>(() => RulePack.Load(Encoding.UTF8.GetBytes(json), "deep", null));
        var error = Assert.Single(e.Errors);
        Assert.Equal(DataProblemCodes.TooDeep, error.Code);
        Assert.Equal((1, 27 + RulePackLimits.Default.MaxDepth - 1), (error.Location.Line, error.Location.Column));
        Assert.Contains("16 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SmallerLimits_AreHonoured()
    {
        var pack = File.ReadAllBytes(PackFiles.XuanchengPack);
        var e = Assert.Throws<RulePackException>(() => RulePack.Load(pack, "x", new RulePackLoadOptions(new RulePackLimits(1000, 16, 8))));
        Assert.Equal(DataProblemCodes.FileTooLarge, Assert.Single(e.Errors).Code);
        var deep = Assert.Throws<RulePackException>(() => RulePack.Load(pack, "x", new RulePackLoadOptions(new RulePackLimits(1_000_000, 3, 8))));
        Assert.Equal(DataProblemCodes.TooDeep, Assert.Single(deep.Errors).Code);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(7)]
    [InlineData(RulePackLimits.MaxDepthLimit)]
    public void Load_NestingAtTheLimit_LoadsAndOneDeeperIsTooDeep(int maxDepth)
    {
        var options = new RulePackLoadOptions(new RulePackLimits(1_000_000, maxDepth, 8));
        var pack = File.ReadAllText(PackFiles.XuanchengPack);

        // The root object is level 1 and the unknown field's value level 2: n more arrays reach level n + 2.
        byte[] Nested(int levels) => Encoding.UTF8.GetBytes(pack.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"x\": [" + new string('[', levels) + new string(']', levels) + "],", StringComparison.Ordinal));

        var loaded = RulePack.Load(Nested(maxDepth - 2), "x", options);
        Assert.Equal(DataProblemCodes.UnknownField, Assert.Single(loaded.Warnings).Code);
        var e = Assert.Throws<RulePackException>(() => RulePack.Load(Nested(maxDepth - 1), "x", options));
        Assert.Equal(DataProblemCodes.TooDeep, Assert.Single(e.Errors).Code);
    }

    [Theory]
    [InlineData(0, 16, 8, "MaxBytes")]
    [InlineData(1000, 0, 8, "MaxDepth")]
    [InlineData(1000, RulePackLimits.MaxDepthLimit + 1, 8, "MaxDepth")]
    [InlineData(1000, 16, 0, "MaxExtendsChain")]
    public void Limits_OutOfRange_AreRefusedWithTheParameterName(long maxBytes, int maxDepth, int maxChain, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RulePackLimits(maxBytes, maxDepth, maxChain));
        Assert.Equal(name, e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => RulePackLimits.Default with { MaxDepth = 0 });
    }

    [Fact]
    public void Load_Utf8ByteOrderMark_IsAccepted()
    {
        var pack = File.ReadAllBytes(PackFiles.XuanchengPack);
        var loaded = RulePack.Load([0xEF, 0xBB, 0xBF, .. pack], "bom", null);
        Assert.Equal(pack, loaded.ToUtf8Json());
    }

    private sealed class EndlessStream : Stream
    {
        public long Delivered { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Delivered; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'[');
            Delivered += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
