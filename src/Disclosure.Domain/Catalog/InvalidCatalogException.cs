using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Catalog;

/// <summary>
/// The exception thrown by <see cref="DisclosureCatalogBuilder.Build()"/> when catalog data is inconsistent:
/// duplicate or malformed ids, a missing parent, a cycle, duplicate seed rows, an unknown frequency label.
/// </summary>
/// <remarks>
/// <see cref="ProblemException.Problems"/> lists every problem found, each located at its node (section
/// <c>catalog</c>, the node's position in the order added and its id) and field; the message lists them one a line.
/// </remarks>
public sealed class InvalidCatalogException : ProblemException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidCatalogException"/> class listing every problem found.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public InvalidCatalogException(IEnumerable<Problem> problems)
        : base(CatalogTexts.Text("Catalog.Invalid"), problems)
    {
    }
}
