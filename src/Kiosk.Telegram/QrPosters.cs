using QRCoder;

namespace Kiosk.Telegram;

/// <summary>Draws the QR code of a poster's deep link as a PNG, big enough to print sharp on A4.</summary>
public static class QrPosters
{
    /// <summary>Pixels per QR module: a poster link (33 modules plus the quiet zone) comes out about 1,000 pixels wide.</summary>
    public const int PixelsPerModule = 24;

    /// <summary>Error correction: Q survives a quarter of the code being dirty or torn, as posters get.</summary>
    public const QRCodeGenerator.ECCLevel Correction = QRCodeGenerator.ECCLevel.Q;

    /// <summary>The QR data of <paramref name="link"/> (the modules the PNG shows).</summary>
    public static QRCodeData Data(string link) => QRCodeGenerator.GenerateQrCode(link, Correction);

    /// <summary>The PNG of <paramref name="link"/>'s QR code, black on white.</summary>
    public static byte[] Png(string link)
    {
        using var data = Data(link);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }
}
