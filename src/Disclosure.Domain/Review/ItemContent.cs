using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Review;

/// <summary>
/// What an approval binds to: the content fingerprint, the attachments, the scope, the classification
/// (公开属性), the sensitivity flags and, for a policy document, its consultation channel. Any change makes a
/// new content version and voids every approval and clearance.
/// </summary>
/// <remarks>Equality is by value (attachments compared in order). Immutable and thread-safe.</remarks>
public sealed class ItemContent : IEquatable<ItemContent>
{
    private ItemContent(string contentHash, ImmutableArray<string> attachments, DisclosureScope scope, string classification, SensitivityFlags flags, string? consultationChannel)
    {
        ContentHash = contentHash;
        Attachments = attachments;
        Scope = scope;
        Classification = classification;
        Flags = flags;
        ConsultationChannel = consultationChannel;
    }

    /// <summary>Gets the fingerprint of the text (for example a SHA-256 in hex), computed by the caller.</summary>
    public string ContentHash { get; }

    /// <summary>Gets the fingerprints of the attachments, in order.</summary>
    public ImmutableArray<string> Attachments { get; }

    /// <summary>Gets the scope of disclosure.</summary>
    public DisclosureScope Scope { get; }

    /// <summary>Gets the classification (公开属性), for example <c>主动公开</c>.</summary>
    public string Classification { get; }

    /// <summary>Gets the sensitivity flags.</summary>
    public SensitivityFlags Flags { get; }

    /// <summary>Gets the consultation, suggestion and evaluation channel (政策咨询、建议与评价窗口) published with a policy document, or <see langword="null"/>.</summary>
    public string? ConsultationChannel { get; }

    /// <summary>Creates content.</summary>
    /// <param name="contentHash">The fingerprint of the text; not empty.</param>
    /// <param name="scope">The scope of disclosure.</param>
    /// <param name="classification">The classification (公开属性); defaults to <c>主动公开</c>.</param>
    /// <param name="attachments">The fingerprints of the attachments, or <see langword="null"/> for none.</param>
    /// <param name="flags">The sensitivity flags.</param>
    /// <param name="consultationChannel">The consultation channel of a policy document, or <see langword="null"/>.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentException"><paramref name="contentHash"/>, <paramref name="classification"/>, an attachment or a non-null <paramref name="consultationChannel"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is <see langword="null"/>.</exception>
    [Pure]
    public static ItemContent Create(
        string contentHash,
        DisclosureScope scope,
        string classification = "主动公开",
        IEnumerable<string>? attachments = null,
        SensitivityFlags flags = SensitivityFlags.None,
        string? consultationChannel = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentHash);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(classification);
        var list = attachments?.ToImmutableArray() ?? [];
        if (list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("An attachment fingerprint is empty.", nameof(attachments));
        }

        if (consultationChannel is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(consultationChannel);
        }

        return new ItemContent(contentHash, list, scope, classification, flags, consultationChannel);
    }

    /// <summary>Returns a copy with other sensitivity flags.</summary>
    /// <param name="flags">The flags.</param>
    /// <returns>The new content.</returns>
    [Pure]
    public ItemContent WithFlags(SensitivityFlags flags) => new(ContentHash, Attachments, Scope, Classification, flags, ConsultationChannel);

    /// <summary>Returns a copy with another scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The new content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is <see langword="null"/>.</exception>
    [Pure]
    public ItemContent WithScope(DisclosureScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new(ContentHash, Attachments, scope, Classification, Flags, ConsultationChannel);
    }

    /// <inheritdoc/>
    public bool Equals(ItemContent? other) =>
        other is not null && ContentHash == other.ContentHash && Attachments.SequenceEqual(other.Attachments) && Scope.Equals(other.Scope)
        && Classification == other.Classification && Flags == other.Flags && ConsultationChannel == other.ConsultationChannel;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ItemContent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ContentHash, Attachments.Length, Scope, Classification, Flags, ConsultationChannel);

    /// <summary>Returns a short description: hash, attachment count, scope and flags.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{ContentHash} +{Attachments.Length} {Scope} {Classification} {Flags}";
}
