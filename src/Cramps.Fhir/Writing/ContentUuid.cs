using System.Security.Cryptography;
using System.Text;

namespace Cramps.Fhir.Writing;

/// <summary>Derives a UUID from content, so equal content gets the same UUID and no randomness is needed.</summary>
internal static class ContentUuid
{
    /// <summary>Gets an RFC 9562 version 8 UUID made of the first 122 bits of the SHA-256 of the UTF-8 content.</summary>
    public static string From(string content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(content), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString("D");
    }
}
