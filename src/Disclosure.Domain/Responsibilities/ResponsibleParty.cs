namespace Disclosure.Domain.Responsibilities;

/// <summary>A responsible party of a work point: the seed's words and the typed <see cref="Responsibilities.Responsibility"/> they mean.</summary>
/// <remarks>Equality is by label, responsibility and source. Instances are immutable and thread-safe.</remarks>
public sealed class ResponsibleParty : IEquatable<ResponsibleParty>
{
    /// <summary>Creates a party.</summary>
    /// <param name="label">The seed's words, for example 各政策文件起草科室.</param>
    /// <param name="responsibility">The responsibility they mean.</param>
    /// <param name="source">Where the seed states the party.</param>
    /// <exception cref="ArgumentException"><paramref name="label"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="responsibility"/> is <see langword="null"/>.</exception>
    public ResponsibleParty(string label, Responsibility responsibility, PartySource source = PartySource.ResponsibilityLine)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(responsibility);
        Label = label;
        Responsibility = responsibility;
        Source = source;
    }

    /// <summary>Gets the seed's words, for example 政府开放日、线下宣传日承办科室.</summary>
    public string Label { get; }

    /// <summary>Gets the typed responsibility.</summary>
    public Responsibility Responsibility { get; }

    /// <summary>Gets where the seed states the party.</summary>
    public PartySource Source { get; }

    /// <inheritdoc/>
    public bool Equals(ResponsibleParty? other) =>
        other is not null && Label == other.Label && Source == other.Source && Responsibility.Equals(other.Responsibility);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResponsibleParty);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Label, Responsibility, Source);

    /// <summary>Describes the party.</summary>
    /// <returns>For example <c>各科室 = AllSections</c>.</returns>
    public override string ToString() => $"{Label} = {Responsibility}";
}
