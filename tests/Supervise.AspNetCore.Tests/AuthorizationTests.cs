using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Supervise.AspNetCore.Tests.Support;
using Supervise.AspNetCore.Tests.Workers;

namespace Supervise.AspNetCore.Tests;

/// <summary>The endpoints take conventions like any other: authorization reaches the page and the JSON alike.</summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private StatusTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await StatusTestApp.StartAsync(
            _clock,
            services =>
            {
                services.AddSingleton(new OrderPump(new WorkerScript())).AddSupervisedWorkers<OrderPump>();
                services.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
                    .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
                services.AddAuthorization();
            },
            app =>
            {
                app.UseAuthentication();
                app.UseAuthorization();
                app.MapSupervisorStatus("/supervisors").RequireAuthorization();
                app.MapGroup("/ops").MapSupervisorStatus("/workers");
            });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("supervisors")]
    [InlineData("supervisors.json")]
    public async Task Without_credentials_both_addresses_answer_401(string path)
    {
        using var response = await _app.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("supervisors", "text/html")]
    [InlineData("supervisors.json", "application/json")]
    public async Task With_credentials_both_addresses_answer(string path, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", HeaderAuthenticationHandler.SchemeName);

        using var response = await _app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Under_a_route_group_the_page_links_to_its_json_relative_to_itself()
    {
        var html = await _app.Http.GetStringAsync("ops/workers");
        using var json = await _app.Http.GetAsync("ops/workers.json");

        Assert.Contains("<a href=\"workers.json\">JSON</a>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
    }
}
