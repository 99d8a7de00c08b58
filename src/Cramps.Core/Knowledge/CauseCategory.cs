namespace Cramps.Core.Knowledge;

/// <summary>Represents a possible cause category of cramps, such as <c>electrolyte-disturbance</c>.</summary>
/// <remarks>
/// A category's score in an assessment is the sum of the weights of its present risk factors and fired red
/// flags; categories are listed highest score first, ties broken by <see cref="Order"/>. Instances are
/// immutable and belong to <see cref="KnowledgeBase"/>.
/// </remarks>
public sealed class CauseCategory
{
    internal CauseCategory(int order, string id, string name, string plainName, string covers)
    {
        Order = order;
        Id = id;
        Name = name;
        PlainName = plainName;
        Covers = covers;
    }

    /// <summary>Gets the position of the category in the knowledge base's table, from 0; it breaks score ties.</summary>
    public int Order { get; }

    /// <summary>Gets the category's stable id, for example <c>medication-induced</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the category's clinical name, for clinicians (CDS Hooks cards, FHIR).</summary>
    public string Name { get; }

    /// <summary>Gets the category's plain-English name for patients (US school grade 8 or below).</summary>
    public string PlainName { get; }

    /// <summary>Gets a short description of what the category covers.</summary>
    public string Covers { get; }

    /// <summary>Returns the category's id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
