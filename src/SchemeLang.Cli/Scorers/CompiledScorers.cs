using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using SchemeLang.Emit.Generation;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Scorers;

/// <summary>
/// The compiled scorer <c>score</c> uses: built once per scheme text and SchemeLang build, kept under the user's cache
/// folder (SCHEMELANG_CACHE overrides it), and loaded from there on later runs. A cache that cannot be written costs
/// only the reuse: the scorer is then loaded from memory.
/// </summary>
internal static class CompiledScorers
{
    public const string CacheVariable = "SCHEMELANG_CACHE";

    /// <param name="scheme">The checked scheme: its source text's hash (with SchemeLang's own) names the cache entry.</param>
    public static IRecordScorer Load(SchemePlan plan, Binding.BoundScheme scheme, PercentReading? reading)
    {
        var schemeText = scheme.Source.Text;
        var key = CacheKey(schemeText);
        var directory = Path.Combine(CacheRoot(), key);
        var assemblyName = ScorerEmitter.NamespaceFor(plan);
        var dll = Path.Combine(directory, assemblyName + ".dll");
        Assembly assembly;
        if (File.Exists(dll))
        {
            assembly = new AssemblyLoadContext("scorer-" + key).LoadFromAssemblyPath(dll);
        }
        else
        {
            var built = ScorerBuilder.Build(plan, Sha256(schemeText));
            if (!built.Compiled.Succeeded)
            {
                throw new GeneratedCodeException(GeneratedCodeErrors.Describe(built, scheme));
            }

            try
            {
                dll = ScorerFiles.Write(built, directory, withSource: true, withRuntime: false);
                assembly = new AssemblyLoadContext("scorer-" + key).LoadFromAssemblyPath(dll);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                assembly = new AssemblyLoadContext("scorer-" + key).LoadFromStream(new MemoryStream(built.Compiled.Dll), new MemoryStream(built.Compiled.Pdb));
            }
        }

        var type = assembly.GetType($"{assemblyName}.{ScorerEmitter.ScorerTypeName}", throwOnError: true)!;
        return (IRecordScorer)Activator.CreateInstance(type, [reading])!;
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The scheme's text and the identity of every SchemeLang assembly that shapes the scorer.</summary>
    private static string CacheKey(string schemeText)
    {
        // The parser too: how a line reads decides the plan (a fix to a name's reading must not meet yesterday's scorer).
        var tool = string.Join("|", new[] { typeof(SchemePlan), typeof(ScorerEmitter), typeof(Lowering.SchemeLowering), typeof(Syntax.RuleSyntax) }
            .Select(type => type.Assembly.ManifestModule.ModuleVersionId.ToString("N")));
        return Sha256(tool + "\n" + Environment.Version + "\n" + schemeText)[..32];
    }

    private static string CacheRoot() =>
        Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create) is { Length: > 0 } local ? local : Path.GetTempPath(), "schemelang", "scorers");
}

/// <summary>The generated C# did not compile: a SchemeLang bug, never the scheme author's.</summary>
internal sealed class GeneratedCodeException(IEnumerable<string> errors)
    : Exception("生成的计分器代码未能编译，这是 SchemeLang 的缺陷：" + string.Join("；", errors));
