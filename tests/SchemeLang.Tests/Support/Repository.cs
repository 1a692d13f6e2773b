namespace SchemeLang.Tests.Support;

/// <summary>Paths in the repository, found from the test assembly's location.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static string InTests(params string[] parts) => Path.Combine([Root, "tests", "SchemeLang.Tests", .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SchemeLang.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SchemeLang.sln not found above the test assembly");
    }
}
