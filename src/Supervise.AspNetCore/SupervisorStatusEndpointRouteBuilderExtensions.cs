using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Supervise.AspNetCore;
using Supervise.Hosting;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the status page and JSON endpoint of the app's <c>[Supervised]</c> workers.</summary>
public static class SupervisorStatusEndpointRouteBuilderExtensions
{
    /// <summary>The address <see cref="MapSupervisorStatus(IEndpointRouteBuilder, string)"/> uses unless told otherwise.</summary>
    public const string DefaultPattern = "/supervisors";

    /// <summary>
    /// Serves a status page of every supervised worker at <paramref name="pattern"/>, and the same data as
    /// JSON at <paramref name="pattern"/><c>.json</c>, or at <paramref name="pattern"/> itself for a request
    /// whose <c>Accept</c> header prefers <c>application/json</c>.
    /// </summary>
    /// <param name="endpoints">The app, or a route group.</param>
    /// <param name="pattern">A literal path such as <c>/supervisors</c> or <c>/ops/workers</c>; it must not end with <c>/</c>.</param>
    /// <returns>
    /// A builder for both endpoints together, so <c>.RequireAuthorization()</c>, <c>.RequireHost()</c>,
    /// <c>.RequireCors()</c> and the like apply to the page and the JSON alike.
    /// </returns>
    /// <remarks>
    /// The page shows, per worker (and per child of a group or keyed set), its state and since when, the
    /// uptime of its current run, restarts, failures in a row, its last failure, its next restart, its
    /// policy in one line, and its last runs as a strip of blocks. It refreshes in place, needs no
    /// JavaScript framework or CDN, and still shows everything with JavaScript off. The workers are those
    /// registered with <c>AddSupervisedWorkers&lt;T&gt;()</c>; reading them never disturbs supervision.
    /// The data names workers and shows failure messages: map it behind authorization outside development.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> is empty, does not start with <c>/</c>, or ends with <c>/</c>.</exception>
    /// <exception cref="InvalidOperationException">No supervised workers are registered (<c>AddSupervisedWorkers&lt;T&gt;()</c> was not called).</exception>
    public static IEndpointConventionBuilder MapSupervisorStatus(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern) =>
        MapSupervisorStatus(endpoints, pattern, static _ => { });

    /// <summary>
    /// Serves the status page and JSON endpoint as <see cref="MapSupervisorStatus(IEndpointRouteBuilder, string)"/>
    /// does, with the page's title and refresh interval set by <paramref name="configure"/>.
    /// </summary>
    /// <param name="endpoints">The app, or a route group.</param>
    /// <param name="pattern">A literal path such as <c>/supervisors</c>; it must not end with <c>/</c>.</param>
    /// <param name="configure">Sets the page's options; called once, here.</param>
    /// <returns>A builder for both endpoints together.</returns>
    public static IEndpointConventionBuilder MapSupervisorStatus(this IEndpointRouteBuilder endpoints, string pattern, Action<SupervisorStatusPageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(configure);
        var status = endpoints.ServiceProvider.GetService<SupervisedWorkersStatus>()
            ?? throw new InvalidOperationException(
                "MapSupervisorStatus shows the supervised workers of the app, but none are registered: " +
                "call builder.Services.AddSupervisedWorkers<T>() (from Supervise.Hosting) for the types that hold them.");
        return Map(endpoints, pattern, configure, SupervisorStatusEndpoint.FromHost(status));
    }

    /// <summary>Maps the endpoints over any source of documents; the public overloads read the host's workers.</summary>
    internal static IEndpointConventionBuilder Map(
        IEndpointRouteBuilder endpoints,
        string pattern,
        Action<SupervisorStatusPageOptions> configure,
        Func<StatusDocument> read)
    {
        CheckPattern(pattern);
        var options = new SupervisorStatusPageOptions();
        configure(options);
        options.Validate();

        // Relative, so the link still works under a route group, a path base or a proxy's prefix.
        var jsonHref = pattern.Substring(pattern.LastIndexOf('/') + 1) + ".json";
        var endpoint = new SupervisorStatusEndpoint(read, options, jsonHref);

        // An empty group holds just these two, so every convention added to it reaches both.
        var group = endpoints.MapGroup(string.Empty);
        group.MapGet(pattern, endpoint.ServeNegotiatedAsync).WithDisplayName("Supervisor status: " + pattern);
        group.MapGet(pattern + ".json", endpoint.ServeJsonAsync).WithDisplayName("Supervisor status: " + pattern + ".json");
        return group;
    }

    private static void CheckPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Length < 2 || pattern[0] != '/' || pattern[pattern.Length - 1] == '/')
        {
            throw new ArgumentException(
                $"The status page's pattern must be a path that starts with '/' and does not end with one, such as \"/supervisors\" (the JSON is then at \"/supervisors.json\"); got \"{pattern}\".",
                nameof(pattern));
        }
    }
}
