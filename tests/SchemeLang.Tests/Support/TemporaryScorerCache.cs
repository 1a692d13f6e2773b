using System.Runtime.CompilerServices;
using SchemeLang.Cli.Scorers;

namespace SchemeLang.Tests.Support;

/// <summary>
/// Points the compiled-scorer cache (<see cref="CompiledScorers.CacheVariable"/>) at a folder of this test run's own
/// before any test runs, and deletes it when the run ends: tests never read scorers from, or write them into, the
/// user's cache. A test that needs an empty cache of its own passes its folder to the process it starts.
/// </summary>
internal static class TemporaryScorerCache
{
    public static string Folder { get; } = Directory.CreateTempSubdirectory("schemelang-test-cache-").FullName;

#pragma warning disable CA2255 // A test assembly's own set-up, before xunit discovers anything: the reason the attribute exists.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Use()
    {
        Environment.SetEnvironmentVariable(CompiledScorers.CacheVariable, Folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A scorer still mapped by a dying test host; the temp folder's owner cleans it.
            }
        };
    }
}
