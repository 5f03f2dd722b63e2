using System.Collections.Immutable;

namespace Disclosure.Domain;

/// <summary>
/// An append-only sequence shared by the successive versions of an immutable value (each command of a review case returns
/// a new case with one more trail event). <see cref="Add"/> writes in place when this version is the longest one, and
/// copies only when an older version is extended again (a branch), so appending n items one at a time costs O(n) in
/// total where <see cref="ImmutableArray{T}.Add"/> costs O(n²).
/// </summary>
/// <remarks>
/// A version never sees items beyond its <see cref="Count"/>, and the items below it never change, so every version is
/// immutable. Thread-safe: the claim of the next slot is taken under a lock on the shared buffer. The default value is empty.
/// </remarks>
internal readonly struct AppendLog<T>
{
    private readonly Buffer? _buffer;

    private AppendLog(Buffer buffer, int count)
    {
        _buffer = buffer;
        Count = count;
    }

    /// <summary>Gets the number of items in this version.</summary>
    public int Count { get; }

    /// <summary>Gets the last item.</summary>
    /// <exception cref="InvalidOperationException">The log is empty.</exception>
    public T Last => Count > 0 ? Volatile.Read(ref _buffer!.Items)[Count - 1] : throw new InvalidOperationException("The log is empty.");

    /// <summary>Returns this version with <paramref name="item"/> appended.</summary>
    public AppendLog<T> Add(T item)
    {
        if (_buffer is { } shared)
        {
            lock (shared)
            {
                if (shared.Count == Count)
                {
                    var items = shared.Items;
                    if (Count == items.Length)
                    {
                        // The old array stays valid for readers that still hold it: its items below Count are the same.
                        var grown = new T[items.Length * 2];
                        Array.Copy(items, grown, Count);
                        Volatile.Write(ref shared.Items, grown);
                        items = grown;
                    }

                    items[Count] = item;
                    shared.Count = Count + 1;
                    return new AppendLog<T>(shared, Count + 1);
                }
            }
        }

        // First item, or a branch: another version already appended after this one.
        var copy = new T[Math.Max(4, Count * 2)];
        if (Count > 0)
        {
            Array.Copy(Volatile.Read(ref _buffer!.Items), copy, Count);
        }

        copy[Count] = item;
        return new AppendLog<T>(new Buffer(copy, Count + 1), Count + 1);
    }

    /// <summary>Copies this version's items.</summary>
    public ImmutableArray<T> ToImmutableArray() =>
        Count == 0 ? [] : ImmutableArray.Create(Volatile.Read(ref _buffer!.Items), 0, Count);

    private sealed class Buffer(T[] items, int count)
    {
        public T[] Items = items;

        /// <summary>The length of the longest version; the next slot belongs to the version of this length.</summary>
        public int Count = count;
    }
}
