namespace Disclosure.Domain.Catalog;

/// <summary>The catalogs embedded in this library.</summary>
/// <remarks>Each catalog is loaded once, on first use, and shared; catalogs are immutable, so this is thread-safe.</remarks>
public static class DisclosureCatalogs
{
    private static readonly Lazy<DisclosureCatalog> Xuancheng2024 =
        new(() => CatalogJsonLoader.LoadEmbedded("xuancheng-civil-affairs-2024.json"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Gets the catalog of 宣城市民政局 (Xuancheng Civil Affairs Bureau) for 2024: the 75 columns of section 五 of
    /// 《宣城市民政局2024年度政务公开工作要点和分工》 (published 2024-06-14), effective 2024-01-01, time zone Asia/Shanghai.
    /// </summary>
    /// <remarks>
    /// Where the source table's merged cells leave a column's parent ambiguous, the choice made is recorded in
    /// seeds/README.md of the repository. Row 60's name, damaged in transmission, is repaired to
    /// “六稳”“六保”专项工作; row 47's 规划化 is kept as the source gives it, with a <see cref="CatalogNode.Note"/>.
    /// 公开年报 (row 53) and 政府网站工作年度报表 (row 50) are annual with a deadline of 31 January of the next year.
    /// </remarks>
    /// <exception cref="InvalidCatalogException">The embedded data is broken (a defect of this library; never expected).</exception>
    public static DisclosureCatalog XuanchengCivilAffairs2024 => Xuancheng2024.Value;
}
