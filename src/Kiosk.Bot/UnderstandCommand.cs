using System.Text.Encodings.Web;
using System.Text.Json;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using Kiosk.Domain;
using NodaTime;
using NodaTime.Text;

namespace Kiosk.Bot;

/// <summary>
/// <c>understand --language de --now 2026-11-25T10:00 "TEXT"</c>: prints what the bot understood of a
/// message as one line of JSON; with no TEXT, one line of JSON per line of standard input. For
/// translators and coordinators who want to see why a message was or was not understood.
/// </summary>
public static class UnderstandCommand
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs the command; returns the exit code (2 for wrong arguments).</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var catalogs = Catalogs.Load(Catalogs.DefaultDirectory);
        string? language = "de";
        LocalDateTime? now = null;
        var texts = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--language" when i + 1 < args.Length:
                    language = LanguageResolver.Resolve(args[++i], catalogs.Languages);
                    if (language is null)
                    {
                        error.WriteLine($"understand: unknown language '{args[i]}'; use one of {string.Join(", ", catalogs.Languages)}");
                        return 2;
                    }

                    break;
                case "--now" when i + 1 < args.Length:
                    var parsed = LocalDateTimePattern.GeneralIso.Parse(args[++i]);
                    parsed = parsed.Success ? parsed : Minutes.Parse(args[i]);
                    if (!parsed.Success)
                    {
                        error.WriteLine($"understand: --now must look like 2026-11-25T10:00, not '{args[i]}'");
                        return 2;
                    }

                    now = parsed.Value;
                    break;
                default:
                    texts.Add(args[i]);
                    break;
            }
        }

        var reference = now ?? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).LocalDateTime;
        var reader = new KioskRecognizers(catalogs).QuickRequest;
        var lines = texts.Count > 0 ? [string.Join(' ', texts)] : ReadLines(input);
        foreach (var line in lines)
        {
            output.WriteLine(ToJson(reader.Read(line, language!, reference)));
        }

        return 0;
    }

    /// <summary>One understanding as a line of JSON; null for what was not found.</summary>
    public static string ToJson(Understanding understood)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Json))
        {
            json.WriteStartObject();
            json.WriteString("language", understood.Language);
            json.WriteString("category", understood.Category.Best);
            json.WriteNumber("confidence", Math.Round(understood.Category.Confidence, 3));
            json.WriteStartArray("alternatives");
            foreach (var alternative in understood.Category.Alternatives.Take(2))
            {
                json.WriteStringValue(alternative);
            }

            json.WriteEndArray();
            json.WriteString("intent", understood.Intent.Leaning switch { Intent.Offer => "offer", Intent.Request => "request", _ => null });
            json.WriteNumber("intent_confidence", Math.Round(understood.Intent.Confidence, 3));
            json.WritePropertyName("when");
            WriteWhen(json, understood.When);
            json.WriteString("district", understood.District);
            json.WritePropertyName("price");
            WritePrice(json, understood.Price);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteWhen(Utf8JsonWriter json, HelpTime? when)
    {
        if (when is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        if (when.IsFlexible)
        {
            json.WriteBoolean("flexible", true);
        }
        else
        {
            json.WriteString("start", Minutes.Format(when.Start!.Value));
            json.WriteString("end", Minutes.Format(when.End!.Value));
        }

        json.WriteEndObject();
    }

    private static void WritePrice(Utf8JsonWriter json, Price? price)
    {
        if (price is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("kind", price.Kind switch { PriceKind.PerHour => "per_hour", PriceKind.PerJob => "per_job", _ => price.Kind.ToString().ToLowerInvariant() });
        if (price.Amount is { } amount)
        {
            json.WriteNumber("amount", amount);
            json.WriteString("currency", "EUR");
        }

        json.WriteEndObject();
    }

    private static IEnumerable<string> ReadLines(TextReader input)
    {
        while (input.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
