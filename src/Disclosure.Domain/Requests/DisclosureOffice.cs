using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Requests;

/// <summary>
/// The disclosure office (政府信息公开工作机构) that answers information requests, as far as the request rules need it: the people
/// who head it (负责人). 第三十三条: "需要延长答复期限的，应当经政府信息公开工作机构负责人同意" — only they can approve an extension.
/// </summary>
/// <remarks>
/// <para>People are compared by their canonical <see cref="PersonId"/>; a name typed into a form identifies nobody. The review
/// policy's role <c>disclosure-office-head</c> (政务公开机构负责同志) names the same office; give this type the ids of the people who
/// hold that role.</para>
/// <para>Immutable and thread-safe. Equality is reference equality.</para>
/// </remarks>
public sealed class DisclosureOffice
{
    private DisclosureOffice(ImmutableArray<PersonId> heads) => Heads = heads;

    /// <summary>Gets the people who head the office, without duplicates, in the order given.</summary>
    public ImmutableArray<PersonId> Heads { get; }

    /// <summary>Creates the office from the people who head it.</summary>
    /// <param name="heads">The heads (负责人); at least one, none the default id.</param>
    /// <returns>The office.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="heads"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="heads"/> is empty or holds the default id.</exception>
    [Pure]
    public static DisclosureOffice HeadedBy(params IEnumerable<PersonId> heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        var list = heads.Distinct().ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("A disclosure office needs at least one head (负责人) who can approve extensions (第三十三条): pass their person ids.", nameof(heads));
        }

        if (list.Any(h => h.Value is null))
        {
            throw new ArgumentException("A default PersonId is nobody: create the heads' ids with PersonId.Parse.", nameof(heads));
        }

        return new DisclosureOffice(list);
    }

    /// <summary>Tells whether a person heads the office and so may approve an extension.</summary>
    /// <param name="person">The person.</param>
    /// <returns><see langword="true"/> when <paramref name="person"/> is one of <see cref="Heads"/>.</returns>
    [Pure]
    public bool IsHead(PersonId person) => Heads.Contains(person);

    /// <summary>Returns the heads' ids, for example <c>disclosure office headed by wang.wu, li.si</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "disclosure office headed by " + string.Join(", ", Heads);
}
