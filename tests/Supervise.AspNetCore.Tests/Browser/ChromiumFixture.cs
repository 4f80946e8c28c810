namespace Supervise.AspNetCore.Tests.Browser;

/// <summary>One browser for all the browser tests (each opens its own tab): starting Chromium is the slow part.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private Chromium? _browser;

    public Chromium Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    /// <summary>Where the tests keep their screenshots: <c>screenshots/</c> in the test project's output folder.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync() => _browser = await Chromium.StartAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
