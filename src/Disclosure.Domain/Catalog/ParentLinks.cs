using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Catalog;

/// <summary>A forest given as an array of parent positions: entry i's parent is parents[i], -1 for a root.</summary>
internal static class ParentLinks
{
    /// <summary>
    /// Lists each cycle once, as positions starting where the walk first came back round. Walks up from every entry,
    /// colouring what was walked, so each entry is walked once.
    /// </summary>
    public static List<int[]> Cycles(int[] parents)
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

    /// <summary>
    /// Gives each entry's level (1 for a root) in a forest without cycles (see <see cref="Cycles"/>), each entry's
    /// chain walked only as far as the first entry whose level is known.
    /// </summary>
    public static int[] Levels(int[] parents)
    {
        var levels = new int[parents.Length];
        var walk = new Stack<int>();
        for (var start = 0; start < parents.Length; start++)
        {
            var current = start;
            while (current >= 0 && levels[current] == 0)
            {
                walk.Push(current);
                current = parents[current];
            }

            var level = current < 0 ? 0 : levels[current];
            while (walk.TryPop(out var entry))
            {
                levels[entry] = ++level;
            }
        }

        return levels;
    }

    /// <summary>Reports each cycle once (<see cref="Cycles"/>), at the entry where the walk first came back round.</summary>
    /// <param name="parents">Entry i's parent position, -1 for none.</param>
    /// <param name="locate">The location of an entry's parent field.</param>
    /// <param name="id">An entry's id.</param>
    /// <param name="what">What the entries are, for the message, for example <c>catalog nodes</c>.</param>
    /// <param name="problems">Where the problems go.</param>
    /// <returns>Whether there was a cycle.</returns>
    public static bool ReportCycles(int[] parents, Func<int, ProblemLocation> locate, Func<int, string?> id, LocalizedText what, List<Problem> problems)
    {
        var cycles = Cycles(parents);
        foreach (var cycle in cycles)
        {
            var ids = cycle.Append(cycle[0]).Select(id);
            problems.Add(Problem.Error(DataProblemCodes.Cycle, locate(cycle[0]), CatalogTexts.Text("Cycle", what, string.Join(" -> ", ids))));
        }

        return cycles.Count > 0;
    }
}
