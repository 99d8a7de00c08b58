using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;

namespace Cramps.Fhir.Reading;

/// <summary>
/// The FHIR parser's own validator, remembering which plain primitive values it has already found valid in one input, so
/// a code, URI, date or string repeated across hundreds of resources is checked once; one instance per read, never shared.
/// </summary>
/// <remarks>
/// The parser validates every element as it builds it, and in a real record most of that time goes to primitive values
/// that recur (the same system URIs, codes, units, timestamps of one encounter). A primitive with no id and no extension is
/// valid or not by its type and value alone: the validator checks its value's pattern and nothing of its place. So a
/// value found valid once is valid again, and only that outcome is remembered; any value with a problem is validated in
/// full each time, so every error keeps its own path. Everything else goes to the parser's validator unchanged.
/// </remarks>
internal sealed class RepeatedValueValidator : IPocoValidator
{
    private readonly IPocoValidator _inner;
    private readonly HashSet<(Type Type, string Value)> _valid = [];

    public RepeatedValueValidator(IPocoValidator inner)
    {
        _inner = inner;
    }

    public IReadOnlyCollection<CodedValidationException> ValidateProperty(string name, object? propertyValue, PropertyMapping? propertyMapping, PocoValidationContext context) =>
        _inner.ValidateProperty(name, propertyValue, propertyMapping, context);

    public IReadOnlyCollection<CodedValidationException> ValidateObject(Base instance, ClassMapping classMapping, PocoValidationContext context)
    {
        if (instance is not PrimitiveType { JsonValue: string value } primitive || primitive.ElementId is not null || primitive.Extension.Count > 0)
        {
            return _inner.ValidateObject(instance, classMapping, context);
        }

        var key = (instance.GetType(), value);
        if (_valid.Contains(key))
        {
            return [];
        }

        var errors = _inner.ValidateObject(instance, classMapping, context);
        if (errors.Count == 0)
        {
            _valid.Add(key);
        }

        return errors;
    }
}
