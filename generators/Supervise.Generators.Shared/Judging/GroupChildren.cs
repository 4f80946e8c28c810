using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Supervise.Generators.Judging;

/// <summary>
/// Which workers of a <c>[SupervisionGroup]</c> type are its children, and in what order they start: the
/// one decision the generator emits by and the group rules (SUP010–SUP015) report on.
/// </summary>
/// <remarks>
/// The order is declaration order within a file; across the files of a partial type, the files are taken
/// in the ordinal order of their paths. The compiler's own order of files is whatever the build lists
/// (MSBuild's globs differ between file systems), so it cannot be the one used; SUP014 warns when the
/// children are spread over files, since renaming one would change the start order.
/// </remarks>
internal static class GroupChildren
{
    /// <summary>
    /// Whether a worker is a child of its type's group, when the type has one: an instance worker without
    /// keys. A static worker belongs to the type, not to the instance whose group runs; a worker with keys
    /// is a <c>SupervisorSet</c>, supervised per key.
    /// </summary>
    public static bool IsChild(IMethodSymbol method, WorkerShape shape) => !method.IsStatic && shape.Keys.Count == 0;

    /// <summary>The path of the file a worker is declared in, which orders children across files; empty without source.</summary>
    public static string FileOf(IMethodSymbol method)
    {
        foreach (var location in method.Locations)
        {
            if (location.IsInSource)
            {
                return location.SourceTree?.FilePath ?? string.Empty;
            }
        }

        return string.Empty;
    }

    /// <summary>The children in start order: by file path (ordinal), then by place in the file.</summary>
    public static List<IMethodSymbol> InStartOrder(IEnumerable<IMethodSymbol> children) => children
        .OrderBy(FileOf, StringComparer.Ordinal)
        .ThenBy(child => child.Locations.FirstOrDefault(location => location.IsInSource)?.SourceSpan.Start ?? 0)
        .ToList();
}
