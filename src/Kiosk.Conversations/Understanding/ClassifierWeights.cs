using System.IO.Compression;
using System.Text;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// One trained classifier as the training command exports it from ML.NET (src/Kiosk.Training) and
/// <see cref="TextClassifier"/> runs it: a linear model with softmax (ML.NET's maximum entropy) over the n-grams
/// of the shared <see cref="NgramDictionary"/> and the catalog hints (<see cref="CatalogHints"/>).
/// </summary>
/// <param name="Labels">The labels, in the model's order.</param>
/// <param name="Biases">One per label.</param>
/// <param name="Known">The dictionary entries of the model's own n-gram dictionary, ascending: what its L2 norms count
/// (ML.NET normalizes before rare n-grams are dropped).</param>
/// <param name="Rows">The entries that have weights, ascending (kept after the rare ones were dropped, and not all zero).</param>
/// <param name="Weights">Rows × labels, row by row.</param>
/// <param name="HintWeights">Hints (<see cref="CatalogHints.Count"/>) × labels, row by row.</param>
public sealed record ClassifierWeights(string[] Labels, float[] Biases, int[] Known, int[] Rows, float[] Weights, float[] HintWeights)
{
    private const string Magic = "kiosk-classifier";
    private const int Version = 1;

    /// <summary>Reads a model file; <paramref name="dictionary"/> is the checksum of the dictionary it must have been written with.</summary>
    public static ClassifierWeights Load(string path, string dictionary)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"{path} is not a classifier of this version: run the training command.");
        }

        if (reader.ReadString() != dictionary)
        {
            throw new InvalidDataException($"{path} was written with another {NgramDictionary.FileName}: run the training command.");
        }

        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = reader.ReadString();
        }

        var hints = reader.ReadInt32();
        if (hints != CatalogHints.Count)
        {
            throw new InvalidDataException($"{path} has {hints} catalog hints, the bot {CatalogHints.Count}: run the training command.");
        }

        var biases = ReadFloats(reader, labels.Length);
        var known = ReadEntries(reader);
        var rows = ReadEntries(reader);
        var weights = ReadFloats(reader, rows.Length * labels.Length);
        var hintWeights = ReadFloats(reader, hints * labels.Length);
        return new ClassifierWeights(labels, biases, known, rows, weights, hintWeights);
    }

    /// <summary>Writes the model file, naming the checksum of the dictionary it goes with.</summary>
    public void Save(string path, string dictionary)
    {
        if (Biases.Length != Labels.Length || Weights.Length != Rows.Length * Labels.Length || HintWeights.Length != CatalogHints.Count * Labels.Length)
        {
            throw new InvalidOperationException("The weights do not fit the labels, rows and hints.");
        }

        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(dictionary);
        writer.Write(Labels.Length);
        foreach (var label in Labels)
        {
            writer.Write(label);
        }

        writer.Write(CatalogHints.Count);
        WriteFloats(writer, Biases);
        WriteEntries(writer, Known);
        WriteEntries(writer, Rows);
        WriteFloats(writer, Weights);
        WriteFloats(writer, HintWeights);
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    // Ascending entries as gaps (the first from -1).
    private static int[] ReadEntries(BinaryReader reader)
    {
        var entries = new int[reader.ReadInt32()];
        var previous = -1;
        for (var i = 0; i < entries.Length; i++)
        {
            previous += reader.Read7BitEncodedInt() is var gap and > 0 ? gap : throw new InvalidDataException("entries out of order");
            entries[i] = previous;
        }

        return entries;
    }

    private static void WriteEntries(BinaryWriter writer, int[] entries)
    {
        writer.Write(entries.Length);
        var previous = -1;
        foreach (var entry in entries)
        {
            if (entry <= previous)
            {
                throw new InvalidOperationException("Entries must be ascending.");
            }

            writer.Write7BitEncodedInt(entry - previous);
            previous = entry;
        }
    }
}
