using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Supervise.AspNetCore;

/// <summary>Decides whether a request to the page's own address asked for JSON rather than HTML.</summary>
internal static class ContentNegotiation
{
    /// <summary>
    /// True when the <c>Accept</c> header rates <c>application/json</c> above <c>text/html</c>. Wildcards
    /// count for neither, so a browser (which lists <c>text/html</c>) and a bare <c>*/*</c> get the page.
    /// </summary>
    public static bool PrefersJson(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double json = 0, html = 0;
        foreach (var type in accepted)
        {
            var quality = type.Quality ?? 1;
            if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
            else if (type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                html = Math.Max(html, quality);
            }
        }

        return json > html;
    }
}
