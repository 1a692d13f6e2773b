namespace SchemeLang.Cli.Commands;

public enum OutputFormat
{
    Text,
    Json,
    Csv,
    Html,
    Docx,
    Xlsx,
}
