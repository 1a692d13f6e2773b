using System.Collections.Immutable;
using SchemeLang.Binding;
using SchemeLang.Checks;
using SchemeLang.Diagnostics;
using SchemeLang.Parsing;
using SchemeLang.Text;

namespace SchemeLang;

/// <summary>
/// The front end in one call: text → syntax → bound model → checks, with every diagnostic sorted. As in Go's
/// compiler, a file with lines that could not be read is not bound: its syntax errors are all it gets, so one typo
/// gives one diagnostic instead of the undefined names and weight gaps that its missing line would imply.
/// </summary>
public sealed record SchemeCompilation(BoundScheme? Scheme, ImmutableArray<SchemeDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    public static SchemeCompilation FromFile(string path)
    {
        var (source, error) = SourceLoader.Load(path);
        return source is null ? new SchemeCompilation(null, [error!]) : FromSource(source);
    }

    public static SchemeCompilation FromSource(SourceFile source)
    {
        var parse = SchemeSyntaxParser.Parse(source);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(parse.Diagnostics);
        if (parse.Syntax is not { IsComplete: true })
        {
            return new SchemeCompilation(null, diagnostics.ToSortedArray());
        }

        var scheme = Binder.Bind(parse.Syntax, diagnostics);
        SchemeChecker.Check(scheme, diagnostics);
        return new SchemeCompilation(scheme, diagnostics.ToSortedArray());
    }
}
