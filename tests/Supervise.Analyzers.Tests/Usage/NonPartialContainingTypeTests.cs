using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.ContainingTypeNotPartialRule>;

namespace Supervise.Analyzers.Tests.Usage;

public sealed class NonPartialContainingTypeTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Error() =>
        new("SUP001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

    [Fact]
    public Task A_worker_in_a_type_that_is_not_partial_is_reported_naming_the_type() => Verify.VerifyAsync("""
        class {|#1:Pump|}
        {
            [Supervised]
            private Task {|#0:PumpAsync|}(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """, Error().WithLocation(0).WithLocation(1).WithArguments("PumpAsync", "Pump"));

    [Fact]
    public Task A_worker_whose_outer_type_is_not_partial_is_reported_naming_the_outer_type() => Verify.VerifyAsync("""
        class {|#1:Outer|}
        {
            public partial class Pump
            {
                [Supervised]
                private Task {|#0:PumpAsync|}(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
            }
        }
        """, Error().WithLocation(0).WithLocation(1).WithArguments("PumpAsync", "Outer"));

    [Fact]
    public Task A_static_worker_in_a_record_that_is_not_partial_is_reported() => Verify.VerifyAsync("""
        record {|#1:Pump|}
        {
            [Supervised]
            private static Task {|#0:PumpAsync|}(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """, Error().WithLocation(0).WithLocation(1).WithArguments("PumpAsync", "Pump"));

    [Fact]
    public Task A_worker_in_a_partial_type_is_not_reported() => Verify.VerifyAsync("""
        partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """);

    [Fact]
    public Task A_worker_nested_in_partial_types_is_not_reported() => Verify.VerifyAsync("""
        partial class Outer
        {
            partial struct Inner
            {
                [Supervised]
                private static Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
            }
        }
        """);

    [Fact]
    public Task A_method_without_the_attribute_in_a_type_that_is_not_partial_is_not_reported() => Verify.VerifyAsync("""
        class Pump
        {
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """);

    [Fact]
    public Task A_worker_in_an_interface_is_left_to_SUP002() => Verify.VerifyAsync("""
        interface IPump
        {
            [Supervised]
            static Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """);
}
