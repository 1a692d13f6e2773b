using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: BenchmarkDotNet's own rebuild moves obj/ to a path the ANTLR build task cannot follow. A mutator, so it
// applies to whichever job runs: the default one, or the one `--job short` (or dry) asks for instead.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator());
BenchmarkSwitcher.FromAssembly(typeof(SchemeLang.Benchmarks.CheckBenchmarks).Assembly).Run(args, config);
