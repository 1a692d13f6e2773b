using System.Collections.Immutable;
using SchemeLang.Diagnostics;
using SchemeLang.Syntax;

namespace SchemeLang.Parsing;

/// <summary>A syntax tree (possibly partial) and what was wrong with the text.</summary>
public sealed record ParseResult(SchemeSyntax? Syntax, ImmutableArray<SchemeDiagnostic> Diagnostics);
