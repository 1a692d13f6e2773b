using System.Text;
using CsCheck;
using SchemeLang.Cli.Output;
using SchemeLang.Tests.Fuzz.Engine;
using SchemeLang.Tests.Properties.Generators;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Properties;

/// <summary>
/// `check` on anything: random bytes, random text built from the language's own tokens and the characters that
/// break lexers, and mutated examples all end in diagnostics (rendered as the CLI renders them), never in an exception.
/// </summary>
[Trait("Category", "Slow")]
public class CheckNeverCrashesProperties
{
    // Without their comment lines: the lexer skips those, and a whole example takes 10–30 ms to check in Debug.
    private static readonly Lazy<string[]> Examples = new(() =>
        [.. Directory.GetFiles(Repository.Examples, "*.scheme").Order(StringComparer.Ordinal)
            .Select(path => string.Join('\n', File.ReadAllLines(path).Where(line => !line.TrimStart().StartsWith('#'))))]);

    [Fact]
    public void Random_bytes_never_crash_check() =>
        PropertyRun.Check(Gen.Byte.Array[0, 600], bytes => Check(SchemeEngine.Compile(bytes)), 1_000, bytes => Convert.ToHexString(bytes));

    [Fact]
    public void Random_text_never_crashes_check() =>
        PropertyRun.Check(TokenSoup, text => Check(SchemeEngine.Compile(text)), 1_000, FuzzCase.Escape);

    [Fact]
    public void Mutated_examples_never_crash_check() =>
        PropertyRun.Check(
            from example in Gen.Int[0, Examples.Value.Length - 1]
            from seed in Gen.ULong
            from count in Gen.Int[1, 6]
            select Mutators.MutateText(Examples.Value[example], new FuzzRandom(seed), count, Examples.Value, []),
            text => Check(SchemeEngine.Compile(text)),
            40,
            FuzzCase.Escape);

    /// <summary>Lines of keywords, numbers, names, punctuation and odd characters, indented at random.</summary>
    private static readonly Gen<string> TokenSoup =
        Gen.Frequency(
            (6, Gen.OneOf(Mutators.Tokens)),
            (2, Gen.OneOf(Mutators.OddNumbers)),
            (2, Gen.OneOf(Mutators.OddCharacters)),
            (2, Gen.OneOf("满意度", "完成率", "A1", "指标", "甲", " ", "  ", "\n", "\n  ", "\n    ")),
            (1, Gen.Char.Select(c => c.ToString())))
        .Array[0, 120]
        .Select(parts => string.Concat(parts));

    /// <summary>
    /// Found by the token soup (seed 2jq6T9Q8g7p4): a leaf weighing decimal.MaxValue whose one part shares it equally
    /// threw OverflowException while its share was floored to the scheme's places.
    /// </summary>
    [Fact]
    public void A_part_sharing_the_largest_decimal_weight_is_checked_without_a_crash()
    {
        var compilation = SchemeEngine.Compile("完成率指标+－不适用-∞等级79228162514264337593543950335\n    其中区间待定O60按实际计算从\n");
        Check(compilation);
        Assert.NotEmpty(compilation.Diagnostics);
    }

    /// <summary>What `check` does with a compilation: text and JSON rendering (JSON only for text a file could hold).</summary>
    private static void Check(SchemeCompilation compilation)
    {
        using var text = new StringWriter();
        DiagnosticTextRenderer.Render(text, compilation.Diagnostics);
        if (compilation.Diagnostics.All(d => IsValidUtf16(d.Location.Source.Text)))
        {
            using var json = new StringWriter();
            DiagnosticJsonWriter.Write(json, compilation.Diagnostics);
        }

        if (compilation.Diagnostics.Any(d => d.IsError) != compilation.HasErrors || (compilation.Scheme is null && !compilation.HasErrors))
        {
            throw new PropertyFailure("一个没有错误的编译结果必须有绑定后的方案");
        }
    }

    private static bool IsValidUtf16(string text)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
