using System.Text;

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.OutputEncoding = utf8;

// Buffered: results reach standard output a batch at a time (the run flushes them), not a write per line.
using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16);
return SchemeLang.Cli.SchemeLangCli.Run(args, output, Console.Error, Console.IsErrorRedirected ? null : Console.Error);
