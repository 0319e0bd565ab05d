using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Kiosk.Conversations.Localization;

/// <summary>
/// CLDR plural categories ("zero", "one", "two", "few", "many", "other") from ICU's plural rules, through the ICU library
/// that .NET itself loads for its cultures on Linux (libicui18n, any version from 50 on). Without ICU (invariant
/// globalization) every count but 1 is "other".
/// </summary>
public static class PluralRules
{
    /// <summary>Every CLDR plural category, in CLDR's order.</summary>
    public static readonly IReadOnlyList<string> AllCategories = ["zero", "one", "two", "few", "many", "other"];

    private static readonly Lazy<Icu?> Library = new(Icu.Load);
    private static readonly ConcurrentDictionary<string, IntPtr> Rules = new(StringComparer.Ordinal);

    /// <summary>True when ICU's rules are used (false: the "1 or other" fallback).</summary>
    public static bool FromIcu => Library.Value is not null;

    /// <summary>The plural category of <paramref name="count"/> in <paramref name="language"/>.</summary>
    public static string Category(string language, long count)
    {
        if (Library.Value is not { } icu)
        {
            return count == 1 ? "one" : "other";
        }

        var rules = Rules.GetOrAdd(language, icu.Open);
        return rules == IntPtr.Zero ? (count == 1 ? "one" : "other") : icu.Select(rules, count);
    }

    /// <summary>The categories a language distinguishes among whole numbers (the ones its catalog must spell out).</summary>
    public static IReadOnlySet<string> CategoriesOf(string language) =>
        Enumerable.Range(0, 1000).Select(count => Category(language, count)).ToHashSet(StringComparer.Ordinal);

    private sealed class Icu(OpenRules open, SelectCategory select)
    {
        private const int Capacity = 32;

        public static Icu? Load()
        {
            foreach (var (name, suffix) in Candidates())
            {
                if (NativeLibrary.TryLoad(name, out var library)
                    && NativeLibrary.TryGetExport(library, "uplrules_open" + suffix, out var open)
                    && NativeLibrary.TryGetExport(library, "uplrules_select" + suffix, out var select))
                {
                    return new Icu(Marshal.GetDelegateForFunctionPointer<OpenRules>(open), Marshal.GetDelegateForFunctionPointer<SelectCategory>(select));
                }
            }

            return null;
        }

        // Versioned names first (as Debian and Ubuntu ship ICU), then an unversioned build.
        private static IEnumerable<(string Name, string Suffix)> Candidates()
        {
            for (var version = 90; version >= 50; version--)
            {
                var v = version.ToString(CultureInfo.InvariantCulture);
                yield return ($"libicui18n.so.{v}", "_" + v);
            }

            yield return ("libicui18n.so", "");
            yield return ("libicui18n.dylib", "");
            yield return ("icu.dll", "");
        }

        public IntPtr Open(string language)
        {
            var status = 0;
            var rules = open(language, ref status);
            return status > 0 ? IntPtr.Zero : rules;
        }

        public string Select(IntPtr rules, long count)
        {
            var buffer = Marshal.AllocHGlobal(Capacity * sizeof(char));
            try
            {
                var status = 0;
                var length = select(rules, count, buffer, Capacity, ref status);
                return status > 0 || length <= 0 ? "other" : Marshal.PtrToStringUni(buffer, length);
            }
            finally
            {
                Marshal.FreeHGlobal(buffer);
            }
        }
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr OpenRules([MarshalAs(UnmanagedType.LPStr)] string locale, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int SelectCategory(IntPtr rules, double number, IntPtr keyword, int capacity, ref int status);
}
