using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Histories;

/// <summary>A history read from JSON, with the warnings the reader gave (unknown fields, which are ignored).</summary>
/// <typeparam name="T">What was read.</typeparam>
/// <remarks>Equality is reference equality. Immutable and thread-safe when <typeparamref name="T"/> is.</remarks>
public sealed class HistoryRead<T>
{
    internal HistoryRead(T value, ImmutableArray<Problem> warnings)
    {
        Value = value;
        Warnings = warnings;
    }

    /// <summary>Gets what was read.</summary>
    public T Value { get; }

    /// <summary>Gets the warnings, each with where it is; empty for a document the library wrote.</summary>
    public ImmutableArray<Problem> Warnings { get; }
}
