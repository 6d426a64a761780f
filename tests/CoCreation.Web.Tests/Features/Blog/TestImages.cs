using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace CoCreation.Web.Tests.Features.Blog;

/// <summary>Real image files made in the test: plain ones, a phone photo
/// with EXIF (GPS, orientation), and a decompression bomb's header.</summary>
internal static class TestImages
{
    public const string SecretDescription = "Taken at 12 Home Street";

    public static byte[] Png(int width = 8, int height = 4) => Encode(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    /// <summary>A JPEG as a phone writes it: an APP1 Exif segment right after the start marker,
    /// with a description, orientation 6 (turn 90° clockwise) and a GPS latitude.</summary>
    public static byte[] JpegWithExifGps(int width, int height)
    {
        var jpeg = Jpeg(width, height);
        var tiff = ExifTiff();
        var segment = new List<byte> { 0xFF, 0xE1 };
        segment.AddRange(BigEndian16(2 + 6 + tiff.Length));
        segment.AddRange("Exif\0\0"u8.ToArray());
        segment.AddRange(tiff);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A valid PNG header that declares <paramref name="width"/> × <paramref name="height"/>
    /// pixels, followed by a few bytes of image data.</summary>
    public static byte[] PngDeclaring(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 6;
        return
        [
            0x89,
            0x50,
            0x4E,
            0x47,
            0x0D,
            0x0A,
            0x1A,
            0x0A,
            .. Chunk("IHDR", ihdr),
            .. Chunk("IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]),
            .. Chunk("IEND", []),
        ];
    }

    public static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawRect(0, 0, width / 2f, height / 2f, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    // Big-endian TIFF: IFD0 (description, orientation, GPS pointer), the GPS IFD (latitude N 48° 51' 29"), then the values.
    private static byte[] ExifTiff()
    {
        var description = Encoding.ASCII.GetBytes(SecretDescription + "\0");
        const int ifd0 = 8,
            gps = ifd0 + 2 + (3 * 12) + 4,
            latitude = gps + 2 + (2 * 12) + 4,
            text = latitude + 24;
        var tiff = new List<byte> { 0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08 };
        tiff.AddRange(BigEndian16(3));
        tiff.AddRange(Entry(0x010E, 2, description.Length, BigEndian32(text)));
        tiff.AddRange(Entry(0x0112, 3, 1, [0x00, 0x06, 0x00, 0x00]));
        tiff.AddRange(Entry(0x8825, 4, 1, BigEndian32(gps)));
        tiff.AddRange(BigEndian32(0));
        tiff.AddRange(BigEndian16(2));
        tiff.AddRange(Entry(0x0001, 2, 2, [(byte)'N', 0, 0, 0]));
        tiff.AddRange(Entry(0x0002, 5, 3, BigEndian32(latitude)));
        tiff.AddRange(BigEndian32(0));
        foreach (var value in new[] { 48, 51, 29 })
        {
            tiff.AddRange(BigEndian32(value));
            tiff.AddRange(BigEndian32(1));
        }

        tiff.AddRange(description);
        return [.. tiff];
    }

    private static byte[] Entry(ushort tag, ushort type, int count, byte[] value) =>
        [.. BigEndian16(tag), .. BigEndian16(type), .. BigEndian32(count), .. value];

    private static byte[] BigEndian16(int value) => [(byte)(value >> 8), (byte)value];

    private static byte[] BigEndian32(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        return [.. BigEndian32(data.Length), .. typed, .. BigEndian32((int)Crc32(typed))];
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
