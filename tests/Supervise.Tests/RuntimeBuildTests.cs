using System.Reflection;
using System.Runtime.Versioning;

namespace Supervise.Tests;

/// <summary>These tests run twice, once per build of the runtime (Supervise.NetStandardTests compiles them again).</summary>
public sealed class RuntimeBuildTests
{
#if RUNTIME_NETSTANDARD
    private const string ExpectedBuild = ".NETStandard,Version=v2.0";
#else
    private const string ExpectedBuild = ".NETCoreApp,Version=v8.0";
#endif

    [Fact]
    public void The_tests_run_against_the_runtime_build_they_are_meant_for()
    {
        var build = typeof(Supervisor).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

        Assert.Equal(ExpectedBuild, build);
    }
}
