using System.Text;

namespace Disclosure.Domain.RulePacks;

/// <summary>The bytes of one pack file, its name and the locations of its JSON values.</summary>
internal sealed class PackSource
{
    private readonly byte[] utf8;
    private readonly int maxDepth;
    private readonly object gate = new();
    private Dictionary<string, long>? offsets;
    private int[]? lineStarts;

    /// <summary>Initializes a source; without <paramref name="offsets"/>, they are recorded on the first <see cref="Locate"/>.</summary>
    public PackSource(string name, string? directory, byte[] utf8, Dictionary<string, long>? offsets, int maxDepth = RulePackLimits.MaxDepthLimit)
    {
        Name = name;
        Directory = directory;
        this.utf8 = utf8;
        this.offsets = offsets;
        this.maxDepth = maxDepth;
    }

    public string Name { get; }

    /// <summary>Gets the directory relative <c>extends</c> paths are resolved against, or null.</summary>
    public string? Directory { get; }

    public ReadOnlySpan<byte> Utf8 => utf8;

    /// <summary>Finds the line and column of a JSON path, falling back to its nearest recorded ancestor.</summary>
    public (int Line, int Column) Locate(string path)
    {
        var (_, line, column) = Find(path);
        return (line, column);
    }

    /// <summary>
    /// Finds a JSON path, or its nearest ancestor that is in the file (a missing field is found at its entry), with its
    /// line and column.
    /// </summary>
    public (string Path, int Line, int Column) Find(string path)
    {
        lock (gate)
        {
            offsets ??= JsonLocationIndex.Build(Name, utf8, maxDepth, [], out _);
        }

        var probe = path;
        while (true)
        {
            if (offsets.TryGetValue(probe, out var offset))
            {
                var (line, column) = LineAndColumn(offset);
                return (probe, line, column);
            }

            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            if (cut <= 0)
            {
                return (path, 1, 1);
            }

            probe = probe[..cut];
        }
    }

    public (int Line, int Column) LineAndColumn(long offset)
    {
        lineStarts ??= ComputeLineStarts(utf8);
        var position = (int)Math.Clamp(offset, 0, utf8.Length);
        var index = Array.BinarySearch(lineStarts, position);
        var line = index >= 0 ? index : ~index - 1;
        var start = lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(utf8, start, position - start) + 1;
        return (line + 1, column);
    }

    private static int[] ComputeLineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        var span = bytes.AsSpan();
        var at = 0;
        while (true)
        {
            var next = span[at..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            at += next + 1;
            starts.Add(at);
        }

        return [.. starts];
    }
}
