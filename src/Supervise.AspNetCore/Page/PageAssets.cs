namespace Supervise.AspNetCore;

/// <summary>The page's stylesheet and script, read once from this assembly's resources and inlined into every page (no CDN, no second request).</summary>
internal static class PageAssets
{
    public static string Stylesheet { get; } = Read("Supervise.AspNetCore.status-page.css");

    public static string Script { get; } = Read("Supervise.AspNetCore.status-page.js");

    private static string Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from {typeof(PageAssets).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
