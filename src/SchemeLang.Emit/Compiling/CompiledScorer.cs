using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SchemeLang.Emit.Compiling;

/// <summary>
/// What <see cref="ScorerCompiler"/> produced: the assembly, its portable PDB and XML documentation, or, when the
/// compile failed, the errors (warnings included, since they are errors here) and empty outputs.
/// </summary>
public sealed record CompiledScorer(byte[] Dll, byte[] Pdb, string XmlDoc, ImmutableArray<Diagnostic> Errors)
{
    /// <summary>True when the compile produced an assembly; then <see cref="Errors"/> is empty.</summary>
    public bool Succeeded => Errors.IsEmpty;
}
