using System.ComponentModel;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Architecture;

/// <summary>
/// The runtime has two readers: a program that embeds a scorer (the consumer API in <c>SchemeLang.Runtime</c> and
/// <c>SchemeLang.Diagnostics</c>), and generated scorers, the interpreter and the compiler (the machinery in
/// <c>SchemeLang.Runtime.CompilerServices</c>). A consumer must be able to use every public member of the first without
/// meeting the second; the one door between them is the pair of hooks a scorer overrides.
/// </summary>
public class RuntimeBoundaryTests
{
    private const string Machinery = "SchemeLang.Runtime.CompilerServices";

    private static readonly Assembly Runtime = typeof(IRecordScorer).Assembly;

    [Fact]
    public void No_consumer_type_exposes_a_machinery_type_except_the_hooks_a_scorer_overrides()
    {
        var consumerTypes = Runtime.GetExportedTypes().Where(type => type.Namespace != Machinery).ToArray();
        Assert.Contains(typeof(SchemeScorer<>), consumerTypes);
        Assert.Contains(typeof(PlanInterpreter), consumerTypes);

        var leaks = consumerTypes.SelectMany(Leaks).Where(leak => !IsScorerHook(leak.Member)).Select(leak => leak.Text).ToArray();
        Assert.Empty(leaks);

        // The exception is exactly the two hooks (and the interpreter's overrides of them), each taking a RecordScope.
        var hooks = consumerTypes.SelectMany(Leaks).Where(leak => IsScorerHook(leak.Member)).Select(leak => leak.Text).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "PlanInterpreter.Evaluate: RecordScope",
                "PlanInterpreter.Read: RecordScope",
                "SchemeScorer`1.Evaluate: RecordScope",
                "SchemeScorer`1.Read: RecordScope",
            ],
            hooks);
    }

    [Fact]
    public void The_scan_sees_machinery_inside_generics_arrays_refs_and_protected_members()
    {
        Assert.Equal(
            [
                "LeakyFixture.Base: LeafMark",
                "LeakyFixture.Hook: LeafMark",
                "LeakyFixture.Scopes: RecordScope",
                "LeakyFixture.get_Scopes: RecordScope",
            ],
            Leaks(typeof(LeakyFixture)).Select(leak => leak.Text).Order(StringComparer.Ordinal));
        Assert.Empty(Leaks(typeof(TidyFixture)));
    }

    [Fact]
    public void Every_public_machinery_type_is_hidden_from_intellisense()
    {
        var machinery = Runtime.GetExportedTypes().Where(type => type.Namespace == Machinery).ToArray();
        Assert.Contains(typeof(LeafRules), machinery);
        Assert.All(machinery, type => Assert.Equal(
            EditorBrowsableState.Never,
            type.GetCustomAttribute<EditorBrowsableAttribute>()?.State));
    }

    [Fact]
    public void The_data_library_references_no_machinery_type()
    {
        // What a program that scores with a built scorer reads its rows with: its metadata names every type it uses.
        using var file = File.OpenRead(typeof(SchemeLang.Data.DataFileReader).Assembly.Location);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        var used = metadata.TypeReferences.Select(handle => metadata.GetTypeReference(handle))
            .Select(reference => $"{metadata.GetString(reference.Namespace)}.{metadata.GetString(reference.Name)}")
            .ToArray();
        Assert.Contains("SchemeLang.Runtime.DataRecord", used);
        Assert.DoesNotContain(used, name => name.StartsWith(Machinery + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void The_consumer_example_names_no_machinery_type()
    {
        // examples/consumer is built outside the solution (it needs a packed runtime), so its source is read instead.
        var names = Runtime.GetExportedTypes().Where(type => type.Namespace == Machinery).Select(type => Regex.Escape(type.Name));
        var machinery = new Regex($@"\b(?:{Regex.Escape(Machinery)}|{string.Join('|', names)})\b", RegexOptions.CultureInvariant);
        var sources = Directory.GetFiles(Path.Combine(Repository.Examples, "consumer"), "*.cs", SearchOption.TopDirectoryOnly);
        Assert.NotEmpty(sources);
        Assert.All(sources, path => Assert.DoesNotMatch(machinery, File.ReadAllText(path)));
    }

    /// <summary>Each machinery type a visible member of <paramref name="type"/> mentions, as "Type.Member: Machinery".</summary>
    private static IEnumerable<(MemberInfo Member, string Text)> Leaks(Type type)
    {
        var signatures = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(IsVisible)
            .Select(member => (Member: (MemberInfo)member, Types: SignatureTypes(member)))
            .Append((Member: type, Types: [.. type.GetInterfaces(), .. type.BaseType is { } baseType ? [baseType] : Array.Empty<Type>()]));
        return signatures.SelectMany(signature => signature.Types.SelectMany(Mentioned)
            .Where(mentioned => mentioned.Namespace == Machinery)
            .Select(mentioned => (signature.Member, $"{type.Name}.{(signature.Member == type ? "Base" : signature.Member.Name)}: {mentioned.Name}")))
            .DistinctBy(leak => leak.Item2);
    }

    /// <summary>What a consumer can reach: public members, and protected ones (a consumer may derive).</summary>
    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo @event => @event.AddMethod is { } add && IsVisible(add),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        _ => false,
    };

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
        ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
        PropertyInfo property => property.GetIndexParameters().Select(p => p.ParameterType).Append(property.PropertyType),
        FieldInfo field => [field.FieldType],
        EventInfo @event => @event.EventHandlerType is { } handler ? [handler] : [],
        _ => [],
    };

    /// <summary>A type and everything it is built from: element types (arrays, ref, pointers) and generic arguments.</summary>
    private static IEnumerable<Type> Mentioned(Type type)
    {
        if (type.HasElementType)
        {
            return Mentioned(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return [];
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? type.GetGenericArguments().SelectMany(Mentioned).Prepend(type.GetGenericTypeDefinition())
            : [type];
    }

    /// <summary><c>Read</c> and <c>Evaluate</c>: protected, declared by <see cref="SchemeScorer{TInput}"/> and overridden by each engine.</summary>
    private static bool IsScorerHook(MemberInfo member) =>
        member is MethodInfo { IsFamily: true } method
        && method.GetBaseDefinition().DeclaringType is { IsGenericType: true } declaring
        && declaring.GetGenericTypeDefinition() == typeof(SchemeScorer<>);

    /// <summary>Machinery leaking through a property, a protected method's ref parameter and a base type.</summary>
    public abstract class LeakyFixture : List<LeafMark>
    {
        public IReadOnlyList<RecordScope[]>? Scopes { get; }

        protected abstract void Hook(ref LeafMark mark);
    }

    /// <summary>Machinery used only where a consumer cannot reach it.</summary>
    public sealed class TidyFixture(SchemePlan plan)
    {
        private readonly RecordScope _scope = new(plan, "甲");

        public bool HasErrors => _scope.HasErrors;

        internal static LeafMark Mark() => default;
    }
}
