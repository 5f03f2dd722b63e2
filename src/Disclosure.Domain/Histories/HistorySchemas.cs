namespace Disclosure.Domain.Histories;

/// <summary>The JSON Schemas of the history formats, embedded from Histories/Schema.</summary>
internal static class HistorySchemas
{
    internal static string Get(string name)
    {
        var resource = $"Disclosure.Domain.Histories.Schema.{name}.schema.json";
        using var stream = typeof(HistorySchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The assembly has no resource '{resource}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
