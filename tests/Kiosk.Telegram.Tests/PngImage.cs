using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Kiosk.Telegram.Tests;

/// <summary>A minimal PNG reader for tests (grey, RGB, palette; 1-8 bits; all five filters): enough to look at a QR code's pixels.</summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private readonly byte[] pixels;
    private readonly int stride;
    private readonly int bitDepth;
    private readonly int colorType;
    private readonly byte[] palette;

    private PngImage(int width, int height, int bitDepth, int colorType, byte[] palette, byte[] pixels)
    {
        (Width, Height, this.bitDepth, this.colorType, this.palette, this.pixels) = (width, height, bitDepth, colorType, palette, pixels);
        stride = ((width * bitDepth * Channels(colorType)) + 7) / 8;
    }

    public int Width { get; }

    public int Height { get; }

    public static PngImage Read(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        int width = 0, height = 0, depth = 0, type = 0;
        var palette = Array.Empty<byte>();
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var kind = Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            switch (kind)
            {
                case "IHDR":
                    (width, height, depth, type) = (BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]), body[8], body[9]);
                    Assert.Equal(0, body[12]); // not interlaced
                    break;
                case "PLTE":
                    palette = body.ToArray();
                    break;
                case "IDAT":
                    data.Write(body);
                    break;
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var image = new PngImage(width, height, depth, type, palette, new byte[height * (((width * depth * Channels(type)) + 7) / 8)]);
        image.Unfilter(inflated.ToArray());
        return image;
    }

    /// <summary>True when the pixel is darker than mid grey.</summary>
    public bool IsDark(int x, int y)
    {
        var row = new ArraySegment<byte>(pixels, y * stride, stride);
        int Sample(int index) => bitDepth == 8 ? row[index] : (row[index * bitDepth / 8] >> (8 - bitDepth - (index * bitDepth % 8))) & ((1 << bitDepth) - 1);
        var brightness = colorType switch
        {
            0 => Sample(x) * 255 / ((1 << bitDepth) - 1),
            2 => (row[x * 3] + row[(x * 3) + 1] + row[(x * 3) + 2]) / 3,
            3 => (palette[Sample(x) * 3] + palette[(Sample(x) * 3) + 1] + palette[(Sample(x) * 3) + 2]) / 3,
            _ => throw new NotSupportedException($"PNG colour type {colorType}"),
        };
        return brightness < 128;
    }

    private static int Channels(int colorType) => colorType == 2 ? 3 : 1;

    private void Unfilter(byte[] raw)
    {
        var bytesPerPixel = Math.Max(1, bitDepth * Channels(colorType) / 8);
        for (var y = 0; y < Height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                var value = raw[(y * (stride + 1)) + 1 + i];
                int left = i >= bytesPerPixel ? pixels[(y * stride) + i - bytesPerPixel] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                int upLeft = y > 0 && i >= bytesPerPixel ? pixels[((y - 1) * stride) + i - bytesPerPixel] : 0;
                pixels[(y * stride) + i] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                });
            }
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
