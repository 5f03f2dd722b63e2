using System.Collections.Immutable;

namespace Disclosure.Domain.Catalog;

/// <summary>
/// The exception thrown when catalog data is inconsistent: duplicate or malformed ids, a missing parent, a cycle,
/// duplicate seed rows, an unknown frequency or responsible label. <see cref="DisclosureCatalogBuilder.Build()"/>
/// throws it.
/// </summary>
/// <remarks>All problems found are collected into <see cref="Errors"/> and listed in the message, one a line.</remarks>
public sealed class InvalidCatalogException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="InvalidCatalogException"/> class with a generic message.</summary>
    public InvalidCatalogException()
        : this("The catalog data is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidCatalogException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidCatalogException(string message)
        : base(message) => Errors = [message];

    /// <summary>Initializes a new instance of the <see cref="InvalidCatalogException"/> class with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public InvalidCatalogException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    /// <summary>Initializes a new instance of the <see cref="InvalidCatalogException"/> class listing every problem found.</summary>
    /// <param name="source">What was being read, for example <c>embedded catalog xuancheng-civil-affairs-2024.json</c>.</param>
    /// <param name="errors">The problems, one sentence each.</param>
    public InvalidCatalogException(string source, IEnumerable<string> errors)
        : this(source, errors?.ToImmutableArray() ?? throw new ArgumentNullException(nameof(errors)))
    {
    }

    private InvalidCatalogException(string source, ImmutableArray<string> errors)
        : base(FormatMessage(source, errors)) => Errors = errors;

    /// <summary>Gets the problems found, one sentence each.</summary>
    public ImmutableArray<string> Errors { get; }

    private static string FormatMessage(string source, ImmutableArray<string> errors) =>
        $"The {source} is invalid ({errors.Length} problem{(errors.Length == 1 ? string.Empty : "s")}):"
        + string.Concat(errors.Select(e => Environment.NewLine + "- " + e));
}
