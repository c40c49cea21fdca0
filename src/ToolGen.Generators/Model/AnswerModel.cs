namespace ToolGen.Generators.Model;

/// <summary>A type marked <c>[StructuredOutput]</c>, and everything needed to emit its answer format.</summary>
/// <param name="Header">The type: namespace, enclosing types, name (only the reopening fields are used).</param>
/// <param name="Name">The format's name as providers see it.</param>
/// <param name="Description">What the answer is (may be empty).</param>
/// <param name="Type">The answer type as an object (its <see cref="TypeModel.ObjectKey"/> names it in <paramref name="Objects"/>).</param>
/// <param name="Objects">Every object type the answer reaches, the answer type included, once each.</param>
/// <param name="HintName">The generated file's name.</param>
/// <param name="Marks">What the symbols its generated code names are marked with, or null for nothing.</param>
internal sealed record AnswerModel(
    ToolSetHeader Header,
    string Name,
    string Description,
    TypeModel Type,
    EquatableArray<ObjectModel> Objects,
    string HintName,
    ReferenceMarks? Marks = null)
{
    /// <summary>The answer type's own object model.</summary>
    public ObjectModel Root
    {
        get
        {
            foreach (var model in Objects)
            {
                if (model.Key == Type.ObjectKey)
                {
                    return model;
                }
            }

            throw new System.InvalidOperationException("The answer type is missing from its objects.");
        }
    }
}
