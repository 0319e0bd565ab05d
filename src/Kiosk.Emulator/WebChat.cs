using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kiosk.Emulator;

/// <summary>The web chat page (plain HTML, CSS and JS embedded in the assembly) at the emulator's root.</summary>
public static class WebChat
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    /// <summary>Maps "/" and the page's files.</summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => File("index.html"));
        app.MapGet("/webchat/{name}", (string name) => File(name));
        return app;
    }

    private static IResult File(string name)
    {
        var stream = typeof(WebChat).Assembly.GetManifestResourceStream($"webchat/{name}");
        return stream is null
            ? Results.NotFound()
            : Results.Stream(stream, ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream"));
    }
}
