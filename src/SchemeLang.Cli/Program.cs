using System.Text;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return SchemeLang.Cli.SchemeLangCli.Run(args, Console.Out, Console.Error);
