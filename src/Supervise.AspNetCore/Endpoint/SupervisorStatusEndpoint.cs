using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Supervise.Hosting;

namespace Supervise.AspNetCore;

/// <summary>Serves one status document as the page or as JSON; what is read, and how the page looks, are fixed when it is mapped.</summary>
internal sealed class SupervisorStatusEndpoint
{
    private readonly Func<StatusDocument> _read;
    private readonly SupervisorStatusPageOptions _options;
    private readonly string _jsonHref;

    public SupervisorStatusEndpoint(Func<StatusDocument> read, SupervisorStatusPageOptions options, string jsonHref)
    {
        _read = read;
        _options = options;
        _jsonHref = jsonHref;
    }

    /// <summary>Reads the host's workers afresh for every request.</summary>
    public static Func<StatusDocument> FromHost(SupervisedWorkersStatus status) => () => StatusDocumentMapper.From(status.Snapshot());

    /// <summary>The page's own address: the page, or JSON when the request's <c>Accept</c> prefers it.</summary>
    public Task ServeNegotiatedAsync(HttpContext context)
    {
        // Caches keep the page and the JSON apart, as they share one address.
        context.Response.Headers.Vary = HeaderNames.Accept;
        return ContentNegotiation.PrefersJson(context.Request) ? ServeJsonAsync(context) : ServePageAsync(context);
    }

    public Task ServeJsonAsync(HttpContext context)
    {
        var response = context.Response;
        SetCommonHeaders(response);
        response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(response.Body, _read(), StatusJsonContext.Default.StatusDocument, context.RequestAborted);
    }

    public Task ServePageAsync(HttpContext context)
    {
        var response = context.Response;
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        SetCommonHeaders(response);
        response.ContentType = "text/html; charset=utf-8";

        // Only the page's own style and script run, and it talks to nothing but its own origin.
        response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        response.Headers["Referrer-Policy"] = "no-referrer";
        return response.WriteAsync(StatusPageRenderer.Render(_read(), _options, _jsonHref, nonce), context.RequestAborted);
    }

    // Always fresh, and never read as anything but its declared type.
    private static void SetCommonHeaders(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
