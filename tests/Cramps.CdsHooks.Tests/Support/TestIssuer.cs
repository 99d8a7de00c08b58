using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cramps.CdsHooks.Tests.Support;

/// <summary>A CDS client that signs its tokens with a key made for the test run: ES384 (P-384) or RS384 (RSA 2048).</summary>
internal sealed class TestIssuer : IDisposable
{
    private static readonly JsonWebTokenHandler Handler = new();
    private readonly ECDsa? _ec;
    private readonly RSA? _rsa;

    private TestIssuer(string issuer, string keyId, ECDsa? ec, RSA? rsa)
    {
        Issuer = issuer;
        KeyId = keyId;
        _ec = ec;
        _rsa = rsa;
    }

    public string Issuer { get; }

    public string KeyId { get; }

    public string Algorithm => _ec is not null ? SecurityAlgorithms.EcdsaSha384 : SecurityAlgorithms.RsaSha384;

    public static TestIssuer Ecdsa(string issuer = "https://ehr.example.org/", string? keyId = null) =>
        new(issuer, keyId ?? "ec-" + Guid.NewGuid().ToString("N")[..8], ECDsa.Create(ECCurve.NamedCurves.nistP384), null);

    public static TestIssuer Rsa(string issuer = "https://rsa-ehr.example.org/") =>
        new(issuer, "rsa-" + Guid.NewGuid().ToString("N")[..8], null, RSA.Create(2048));

    /// <summary>Gets the public JWK Set.</summary>
    public string Jwks
    {
        get
        {
            JsonObject key;
            if (_ec is not null)
            {
                var p = _ec.ExportParameters(false);
                key = new JsonObject { ["kty"] = "EC", ["crv"] = "P-384", ["x"] = Base64UrlEncoder.Encode(p.Q.X!), ["y"] = Base64UrlEncoder.Encode(p.Q.Y!) };
            }
            else
            {
                var p = _rsa!.ExportParameters(false);
                key = new JsonObject { ["kty"] = "RSA", ["n"] = Base64UrlEncoder.Encode(p.Modulus!), ["e"] = Base64UrlEncoder.Encode(p.Exponent!) };
            }

            key["kid"] = KeyId;
            key["use"] = "sig";
            key["alg"] = Algorithm;
            return new JsonObject { ["keys"] = new JsonArray(key) }.ToJsonString();
        }
    }

    /// <summary>Signs a token for an audience, valid from a minute ago for five minutes unless told otherwise.</summary>
    public string Token(
        string audience,
        DateTime? issuedAt = null,
        DateTime? expires = null,
        string? jti = null,
        string? issuer = null,
        string? jku = null,
        bool withJti = true)
    {
        var now = DateTime.UtcNow;
        var issued = issuedAt ?? now.AddMinutes(-1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = expires ?? issued.AddMinutes(5),
            SigningCredentials = Credentials(),
            Claims = withJti ? new Dictionary<string, object> { ["jti"] = jti ?? Guid.NewGuid().ToString() } : null,
            AdditionalHeaderClaims = jku is null ? null : new Dictionary<string, object> { ["jku"] = jku },
        };
        return Handler.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (alg none) with otherwise valid claims.</summary>
    public string Unsigned(string audience)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = KeyId };
        var payload = new JsonObject { ["iss"] = Issuer, ["aud"] = audience, ["iat"] = now, ["exp"] = now + 300, ["jti"] = Guid.NewGuid().ToString() };
        return Encode(header) + "." + Encode(payload) + ".";
    }

    /// <summary>A token signed with HMAC-SHA256, a symmetric algorithm CDS Hooks forbids.</summary>
    public string Symmetric(string audience)
    {
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = KeyId };
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(4),
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object> { ["jti"] = Guid.NewGuid().ToString() },
        });
    }

    public void Dispose()
    {
        _ec?.Dispose();
        _rsa?.Dispose();
    }

    private SigningCredentials Credentials() =>
        _ec is not null
            ? new SigningCredentials(new ECDsaSecurityKey(_ec) { KeyId = KeyId }, SecurityAlgorithms.EcdsaSha384)
            : new SigningCredentials(new RsaSecurityKey(_rsa!) { KeyId = KeyId }, SecurityAlgorithms.RsaSha384);

    private static string Encode(JsonObject part) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(part.ToJsonString()));
}
