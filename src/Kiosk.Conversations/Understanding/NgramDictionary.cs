using System.Buffers;
using System.IO.Compression;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// Every n-gram the three classifiers were trained with (<see cref="TextNgrams"/>), shared by them: the words, and
/// the character and word n-grams, each with a number (an entry: character n-grams first, then word n-grams, each
/// part in the order of its hash table, which the same keys always give). A model says which entries it knows and which have weights
/// (<see cref="TextClassifier"/>). Written by the training command (src/Kiosk.Training) as <c>ngrams.bin</c>, the keys
/// in ascending order; immutable and safe for any number of threads. Kept small: the words in one block of characters, the keys
/// in plain arrays (about 4 MB for 33,000 words and 282,000 n-grams).
/// </summary>
public sealed class NgramDictionary
{
    /// <summary>The file name next to the models.</summary>
    public const string FileName = "ngrams.bin";

    private const string Magic = "kiosk-ngrams";
    private const int Version = 2; // 2: entries numbered in the hash tables' order

    private readonly WordTable words;
    private readonly KeyTable chars;
    private readonly KeyTable wordGrams;

    private NgramDictionary(IReadOnlyList<string> words, ulong[] charKeys, ulong[] wordKeys, string checksum)
    {
        this.words = new WordTable(words);
        chars = new KeyTable(charKeys, 0);
        wordGrams = new KeyTable(wordKeys, charKeys.Length);
        CharCount = charKeys.Length;
        Count = charKeys.Length + wordKeys.Length;
        Checksum = checksum;
    }

    /// <summary>How many entries there are.</summary>
    public int Count { get; }

    /// <summary>How many of them are character n-grams (entries 0 to this - 1).</summary>
    public int CharCount { get; }

    /// <summary>What a model file names to say it was written with this dictionary.</summary>
    public string Checksum { get; }

    /// <summary>The entry of a character n-gram key, -1 when unknown.</summary>
    public int FindChars(ulong key) => chars.Find(key);

    /// <summary>The entry of a word n-gram key, -1 when unknown.</summary>
    public int FindWords(ulong key) => wordGrams.Find(key);

    /// <summary>The number of a word (1 and up), 0 when unknown.</summary>
    public int WordNumber(ReadOnlySpan<char> word) => words.Find(word);

    /// <summary>
    /// Finds the entries of a folded message's n-grams and how often each occurs: character n-grams, then word
    /// n-grams, each part in entry order, n-grams the dictionary does not know left out. Returns how many were written.
    /// </summary>
    internal Found Find(string folded, ref Scratch scratch)
    {
        var normalized = scratch.Chars(folded.Length);
        var length = TextNgrams.Normalize(folded, normalized);
        var text = normalized[..length];

        var keys = scratch.Keys(Math.Max(TextNgrams.MaxCharKeys(length), length + 2));
        var count = TextNgrams.CharKeys(text, keys);
        var entries = scratch.Entries(count + length + 2);
        var counts = scratch.Counts(count + length + 2);
        var charParts = Distinct(keys[..count], chars, entries, counts, 0);

        var ranges = scratch.Ranges(length / 2 + 1);
        var wordCount = TextNgrams.Words(text, ranges);
        var keyCount = 0;
        var previous = 0;
        for (var i = 0; i < wordCount; i++)
        {
            var number = WordNumber(text[ranges[i]]);
            if (number > 0)
            {
                keys[keyCount++] = TextNgrams.WordKey(number);
                if (previous > 0)
                {
                    keys[keyCount++] = TextNgrams.WordKey(previous, number);
                }
            }

            previous = number;
        }

        var wordParts = Distinct(keys[..keyCount], wordGrams, entries, counts, charParts);
        return new Found(charParts, charParts + wordParts);
    }

    // Sorts the keys, counts equal ones and writes the known ones' entries and counts from 'at'; returns how many.
    private static int Distinct(Span<ulong> keys, KeyTable table, Span<int> entries, Span<int> counts, int at)
    {
        keys.Sort();
        var written = 0;
        for (var i = 0; i < keys.Length;)
        {
            var key = keys[i];
            var end = i + 1;
            while (end < keys.Length && keys[end] == key)
            {
                end++;
            }

            if (table.Find(key) is var entry and >= 0)
            {
                entries[at + written] = entry;
                counts[at + written] = end - i;
                written++;
            }

            i = end;
        }

        // In entry order (the table's order is not the keys' order): the same sums in the same order every time.
        entries.Slice(at, written).Sort(counts.Slice(at, written));
        return written;
    }

    /// <summary>
    /// A dictionary of these words (numbered from 1 in this order) and keys (each part ascending), numbered as
    /// <see cref="Load"/> will number them from the file <see cref="Save"/> writes: the training command numbers the models' entries with it.
    /// </summary>
    public static NgramDictionary Create(IReadOnlyList<string> words, IReadOnlyList<ulong> charKeys, IReadOnlyList<ulong> wordKeys) =>
        new(words, [.. charKeys], [.. wordKeys], "");

    /// <summary>Reads the file the training command wrote.</summary>
    public static NgramDictionary Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        using var gzip = new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"{path} is not an n-gram dictionary of this version: run the training command.");
        }

        var words = new string[reader.ReadInt32()];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = reader.ReadString();
        }

        var charKeys = ReadKeys(reader);
        var wordKeys = ReadKeys(reader);
        return new NgramDictionary(words, charKeys, wordKeys, ChecksumOf(bytes));
    }

    /// <summary>
    /// Writes a dictionary (the training command): the words in the order of their numbers, the character and the
    /// word n-gram keys in ascending order. Returns its checksum, which the models written with it name.
    /// </summary>
    public static string Save(string path, IReadOnlyList<string> words, IReadOnlyList<ulong> charKeys, IReadOnlyList<ulong> wordKeys)
    {
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(words.Count);
            foreach (var word in words)
            {
                writer.Write(word);
            }

            WriteKeys(writer, charKeys);
            WriteKeys(writer, wordKeys);
        }

        return ChecksumOf(File.ReadAllBytes(path));
    }

    private static string ChecksumOf(byte[] file) => Convert.ToHexStringLower(SHA256.HashData(file));

    private static ulong[] ReadKeys(BinaryReader reader)
    {
        var keys = new ulong[reader.ReadInt32()];
        ulong key = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            key += reader.Read7BitEncodedInt64() is var delta and > 0 ? (ulong)delta : throw new InvalidDataException("n-gram keys out of order");
            keys[i] = key;
        }

        return keys;
    }

    private static void WriteKeys(BinaryWriter writer, IReadOnlyList<ulong> keys)
    {
        writer.Write(keys.Count);
        ulong previous = 0;
        foreach (var key in keys)
        {
            if (key <= previous || key - previous > long.MaxValue)
            {
                throw new ArgumentException("The keys must be ascending, above 0 and less than 2^63 apart.", nameof(keys));
            }

            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
        }
    }

    /// <summary>Where the n-grams of one message were written: character n-grams before <see cref="CharEnd"/>, word n-grams up to <see cref="End"/>.</summary>
    internal readonly record struct Found(int CharEnd, int End);

    /// <summary>Buffers for one message, from the shared pools; give them back with <see cref="Dispose"/>.</summary>
    internal struct Scratch : IDisposable
    {
        private char[]? chars;
        private ulong[]? keys;
        private int[]? entries;
        private int[]? counts;
        private Range[]? ranges;

        public Span<char> Chars(int length) => Rent(ref chars, length);

        public Span<ulong> Keys(int length) => Rent(ref keys, length);

        public Span<int> Entries(int length) => Rent(ref entries, length);

        public Span<int> Counts(int length) => Rent(ref counts, length);

        public Span<Range> Ranges(int length) => Rent(ref ranges, length);

        /// <summary>The entries written by <see cref="Find"/>.</summary>
        public readonly ReadOnlySpan<int> FoundEntries => entries;

        /// <summary>The counts written by <see cref="Find"/>.</summary>
        public readonly ReadOnlySpan<int> FoundCounts => counts;

        public void Dispose()
        {
            Return(ref chars);
            Return(ref keys);
            Return(ref entries);
            Return(ref counts);
            Return(ref ranges);
        }

        private static T[] Rent<T>(ref T[]? array, int length)
        {
            if (array is null || array.Length < length)
            {
                Return(ref array);
                array = ArrayPool<T>.Shared.Rent(Math.Max(length, 16));
            }

            return array;
        }

        private static void Return<T>(ref T[]? array)
        {
            if (array is not null)
            {
                ArrayPool<T>.Shared.Return(array);
                array = null;
            }
        }
    }

    // A fixed hash table from n-gram keys to entries: the keys grouped by bucket (about one a bucket), a bucket's
    // first key at 'starts'; a key's entry is its place in the table, after 'first'.
    private sealed class KeyTable
    {
        private readonly ulong[] keys;
        private readonly int[] starts;
        private readonly int shift;
        private readonly int first;

        public KeyTable(ulong[] sorted, int first)
        {
            this.first = first;
            var bits = Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(2, sorted.Length))) - 1, 1, 30);
            shift = 64 - bits;
            starts = new int[(1 << bits) + 1];
            foreach (var key in sorted)
            {
                starts[Bucket(key) + 1]++;
            }

            for (var b = 1; b < starts.Length; b++)
            {
                starts[b] += starts[b - 1];
            }

            keys = new ulong[sorted.Length];
            var next = starts[..^1];
            foreach (var key in sorted)
            {
                keys[next[Bucket(key)]++] = key;
            }
        }

        public int Find(ulong key)
        {
            var bucket = Bucket(key);
            for (var i = starts[bucket]; i < starts[bucket + 1]; i++)
            {
                if (keys[i] == key)
                {
                    return first + i;
                }
            }

            return -1;
        }

        // SplitMix64's finalizer: the keys' bits (mostly high ones for short character n-grams) spread over the bucket bits.
        private int Bucket(ulong key)
        {
            key ^= key >> 30;
            key *= 0xbf58476d1ce4e5b9UL;
            key ^= key >> 27;
            key *= 0x94d049bb133111ebUL;
            key ^= key >> 31;
            return (int)(key >> shift);
        }
    }

    // The words in one block of characters with an open-addressing table of their numbers (no string object per word).
    private sealed class WordTable
    {
        private readonly char[] text;
        private readonly int[] ends;
        private readonly int[] slots;
        private readonly int mask;

        public WordTable(IReadOnlyList<string> words)
        {
            text = new char[words.Sum(word => word.Length)];
            ends = new int[words.Count + 1];
            for (var i = 0; i < words.Count; i++)
            {
                words[i].CopyTo(text.AsSpan(ends[i]));
                ends[i + 1] = ends[i] + words[i].Length;
            }

            slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, words.Count + words.Count / 2))];
            mask = slots.Length - 1;
            for (var number = 1; number <= words.Count; number++)
            {
                var slot = Slot(Word(number));
                if (slots[slot] != 0)
                {
                    throw new ArgumentException($"'{words[number - 1]}' is in the dictionary twice.", nameof(words));
                }

                slots[slot] = number;
            }
        }

        public int Find(ReadOnlySpan<char> word) => slots[Slot(word)];

        // The word's slot, or the empty one where it would go.
        private int Slot(ReadOnlySpan<char> word)
        {
            var slot = string.GetHashCode(word) & mask;
            while (slots[slot] is var number && number != 0 && !Word(number).SequenceEqual(word))
            {
                slot = (slot + 1) & mask;
            }

            return slot;
        }

        private ReadOnlySpan<char> Word(int number) => text.AsSpan(ends[number - 1], ends[number] - ends[number - 1]);
    }
}
