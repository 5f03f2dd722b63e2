using System.Diagnostics.Contracts;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Disclosure.Domain.Review;

namespace Disclosure.Domain.Histories;

/// <summary>
/// The identity of a review policy as a history records it: its name (the id) and a fingerprint of every rule it applies
/// (the version), so that a history recorded under one policy is never silently replayed under a changed one.
/// </summary>
/// <param name="Name">The policy's <see cref="ReviewPolicy.Name"/>.</param>
/// <param name="Fingerprint">
/// The SHA-256 of the policy's rules: its name, source, levels (name and role), confidentiality reviewer and publisher roles,
/// the three requirements, clean-up intervals (by column, ordinal order), time zone and rule ids with their codes. Any change
/// to what the policy checks is a new fingerprint.
/// </param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public readonly record struct ReviewPolicyVersion(string Name, EvidenceHash Fingerprint)
{
    // A policy is immutable, so its version is computed once per instance (a replay asks for it on every call).
    private static readonly ConditionalWeakTable<ReviewPolicy, StrongBox<ReviewPolicyVersion>> Computed = new();

    /// <summary>Computes the version of a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>Its name and fingerprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    [Pure]
    public static ReviewPolicyVersion Of(ReviewPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Computed.GetValue(policy, static p => new StrongBox<ReviewPolicyVersion>(Compute(p))).Value;
    }

    private static ReviewPolicyVersion Compute(ReviewPolicy policy)
    {
        var text = new StringBuilder();
        text.Append(policy.Name).Append('\n').Append(policy.Source).Append('\n');
        foreach (var level in policy.Levels)
        {
            text.Append("level ").Append(level.Name).Append(' ').Append(level.Role.Id).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"confidentiality {policy.ConfidentialityReviewer.Id}\npublisher {policy.Publisher.Id}\n");
        text.Append(CultureInfo.InvariantCulture, $"interpretation {policy.RequiresInterpretation}\nconsultation {policy.RequiresPublicConsultation}\nchannel {policy.RequiresConsultationChannel}\n");
        text.Append("cleanup ").Append(policy.CleanupInterval.ToString()).Append('\n');
        foreach (var (column, interval) in policy.ColumnCleanupIntervals.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("cleanup ").Append(column).Append(' ').Append(interval.ToString()).Append('\n');
        }

        text.Append("zone ").Append(policy.TimeZone.Id).Append('\n');
        foreach (var rule in policy.Rules)
        {
            text.Append("rule ").Append(rule.Id).Append(' ').Append(string.Join(",", rule.Codes)).Append('\n');
        }

        return new ReviewPolicyVersion(policy.Name, EvidenceHash.Of(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Returns the name and the first 12 digits of the fingerprint.</summary>
    /// <returns>For example <c>宣城市民政局三级审核 (3f2a9c01b7de)</c>.</returns>
    public override string ToString() => $"{Name} ({(Fingerprint.Hex.Length >= 12 ? Fingerprint.Hex[..12] : Fingerprint.Hex)})";
}
