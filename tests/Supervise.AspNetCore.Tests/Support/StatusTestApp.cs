using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Supervise.AspNetCore.Tests.Support;

/// <summary>
/// A real ASP.NET Core app for a test: Kestrel on a free port of 127.0.0.1, no configuration sources or
/// log providers, and the test's <see cref="TestClock"/> as the container's clock (so the supervisors' too).
/// </summary>
public sealed class StatusTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StatusTestApp(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = Guard.Timeout };
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for the app, with <see cref="BaseAddress"/> set.</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<StatusTestApp> StartAsync(TestClock clock, Action<IServiceCollection> services, Action<WebApplication> endpoints)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<TimeProvider>(clock);
        services(builder.Services);
        var app = builder.Build();
        endpoints(app);
        await Guard.Within(app.StartAsync());
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new StatusTestApp(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
