using System.Linq;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP014: a group whose generated children are declared in more than one file, so that their start order
/// is the order of the files' paths (<see cref="GroupChildren.InStartOrder"/>, the order the generator emits).
/// </summary>
internal sealed class ChildOrderAcrossFilesRule() : GroupRule(DiagnosticDescriptors.ChildOrderAcrossFiles)
{
    public override void Report(GroupUsageContext context)
    {
        if (context.Group is not { } group || !SupervisionGroupReader.IsValid(group))
        {
            return;
        }

        var children = GroupChildren.InStartOrder(context.Children.Where(child => child.Verdict.IsAccepted).Select(child => child.Verdict.Method));
        var files = children.Select(GroupChildren.FileOf).Distinct().Count();
        if (files < 2)
        {
            return;
        }

        var order = string.Join(", ", children.Select(child => $"{child.Name} ({FileName(GroupChildren.FileOf(child))})"));
        context.Report(Diagnostic.Create(Descriptor, context.GroupLocation, context.GroupName, files, order));
    }

    private static string FileName(string path)
    {
        var slash = path.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
