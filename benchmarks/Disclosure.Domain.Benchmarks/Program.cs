using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// BenchmarkDotNet builds each job's boilerplate project in a child process; its default 2-minute limit is too short
// on the shared 2-core machine while other builds run (TableImportBenchmarks reported NA for that reason alone).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
