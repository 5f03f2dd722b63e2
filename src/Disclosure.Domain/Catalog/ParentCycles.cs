namespace Disclosure.Domain.Catalog;

/// <summary>Finds the cycles of parent links in a forest given as an array of parent positions.</summary>
internal static class ParentCycles
{
    /// <summary>
    /// Lists each cycle once, as positions starting where the walk first came back round; entry i's parent is
    /// parents[i] (-1 for none). Walks up from every entry, colouring what was walked, so each entry is walked once.
    /// </summary>
    public static List<int[]> Find(int[] parents)
    {
        const byte Walking = 1, Done = 2;
        var cycles = new List<int[]>();
        var state = new byte[parents.Length];
        var walk = new List<int>();
        for (var start = 0; start < parents.Length; start++)
        {
            var current = start;
            while (current >= 0 && state[current] == 0)
            {
                state[current] = Walking;
                walk.Add(current);
                current = parents[current];
            }

            if (current >= 0 && state[current] == Walking)
            {
                cycles.Add([.. walk.Skip(walk.IndexOf(current))]);
            }

            foreach (var walked in walk)
            {
                state[walked] = Done;
            }

            walk.Clear();
        }

        return cycles;
    }
}
