namespace Disclosure.Domain.Responsibilities;

/// <summary>Where an <see cref="AgendaItem"/> comes from.</summary>
public enum AgendaItemKind
{
    /// <summary>A period of a <see cref="RecurringObligation"/> (open days, training, solicitations, quarterly publications).</summary>
    RecurringObligation = 0,

    /// <summary>An update due on a catalog column (栏目), supplied by an <see cref="IAgendaSource"/> outside this area.</summary>
    CatalogColumn = 1,

    /// <summary>Any other dated duty supplied by a custom <see cref="IAgendaSource"/>.</summary>
    Other = 2,
}
