namespace Supervise.Generators.Model;

/// <summary>A type listed in <c>StopOn</c> or <c>RestartOn</c>, as data.</summary>
/// <param name="DisplayName">The type as the user wrote it, for messages.</param>
/// <param name="FullyQualifiedName">The type as code, such as <c>global::System.IO.IOException</c>.</param>
/// <param name="IsUsable">False for a missing type, an open generic or a null entry.</param>
/// <param name="IsException">Whether it derives from <c>System.Exception</c>.</param>
/// <param name="BaseTypes">The fully qualified names of its base types, nearest first.</param>
internal sealed record ExceptionTypeInfo(
    string DisplayName,
    string FullyQualifiedName,
    bool IsUsable,
    bool IsException,
    EquatableArray<string> BaseTypes)
{
    /// <summary>Whether this type is <paramref name="other"/> or derives from it.</summary>
    public bool IsSameOrDerivedFrom(ExceptionTypeInfo other) =>
        FullyQualifiedName == other.FullyQualifiedName || System.Linq.Enumerable.Contains(BaseTypes, other.FullyQualifiedName);
}
