using Verify = Supervise.Analyzers.Tests.Support.CodeFixVerifier<Supervise.Analyzers.Usage.ContainingTypeNotPartialRule, Supervise.CodeFixes.AddPartialModifierCodeFix>;

namespace Supervise.Analyzers.Tests.Fixes;

public sealed class AddPartialModifierFixTests
{
    [Fact]
    public Task Partial_is_added_after_the_other_modifiers() => Verify.VerifyFixAsync("""
        public sealed class Pump
        {
            [Supervised]
            private Task {|SUP001:PumpAsync|}(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """, """
        public sealed partial class Pump
        {
            [Supervised]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """);

    [Fact]
    public Task Partial_is_added_to_a_type_without_modifiers_and_to_its_outer_type() => Verify.VerifyFixAsync("""
        class Outer
        {
            record Pump
            {
                [Supervised]
                private static Task {|SUP001:PumpAsync|}(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
            }
        }
        """, """
        partial class Outer
        {
            partial record Pump
            {
                [Supervised]
                private static Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
            }
        }
        """);

    [Fact]
    public Task Fix_all_makes_every_worker_type_partial() => Verify.VerifyFixAsync("""
        public class Reader
        {
            [Supervised]
            private Task {|SUP001:ReadAsync|}(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }

        internal class Writer
        {
            [Supervised]
            private Task {|SUP001:WriteAsync|}(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """, """
        public partial class Reader
        {
            [Supervised]
            private Task ReadAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }

        internal partial class Writer
        {
            [Supervised]
            private Task WriteAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """);
}
