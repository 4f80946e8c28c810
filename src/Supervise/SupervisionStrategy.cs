namespace Supervise;

/// <summary>How a <see cref="SupervisorGroup"/> restarts its children when one of them exits and its restart mode says restart.</summary>
public enum SupervisionStrategy
{
    /// <summary>Only that child restarts, by its own policy (Erlang's <c>one_for_one</c>).</summary>
    OneForOne = 0,

    /// <summary>
    /// Every child restarts: the others are stopped in reverse order, then all start again in order,
    /// after the failing child's restart delay (<c>one_for_all</c>). For children that cannot work without each other.
    /// </summary>
    OneForAll = 1,

    /// <summary>
    /// That child and the children declared after it restart, the same way; the ones before it keep
    /// running (<c>rest_for_one</c>). For a chain where each child depends on the ones before it.
    /// </summary>
    RestForOne = 2,
}
