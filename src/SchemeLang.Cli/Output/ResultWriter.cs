using System.Text.Json;
using CsvHelper;
using SchemeLang.Evaluation;

namespace SchemeLang.Cli.Output;

/// <summary>Score results as JSON (one object per record) or CSV (one row per record, one column per indicator).</summary>
internal static class ResultWriter
{
    public static void WriteJson(TextWriter output, IReadOnlyList<RecordResult> results)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, DiagnosticJsonWriter.Options))
        {
            json.WriteStartArray();
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("id", result.Id);
                if (result.Succeeded)
                {
                    json.WriteNumber("total", Normalize(result.Total!.Value));
                    if (result.Grade is { } grade)
                    {
                        json.WriteString("grade", grade);
                    }
                    else
                    {
                        json.WriteNull("grade");
                    }

                    json.WriteStartArray("indicators");
                    foreach (var indicator in result.Indicators)
                    {
                        json.WriteStartObject();
                        if (indicator.Code is { } code)
                        {
                            json.WriteString("code", code);
                        }
                        else
                        {
                            json.WriteNull("code");
                        }

                        json.WriteString("name", indicator.Name);
                        json.WriteNumber("weight", Normalize(indicator.Weight));
                        json.WriteNumber("score", Normalize(indicator.Score));
                        json.WriteString("explanation", indicator.Explanation);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }
                else
                {
                    json.WriteStartArray("errors");
                    foreach (var error in result.Errors)
                    {
                        json.WriteStartObject();
                        json.WriteString("code", error.Code);
                        if (error.Field is { } field)
                        {
                            json.WriteString("field", field);
                        }

                        json.WriteString("message", error.Message);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>15.0 and 15 are the same score; print it the one way a reader expects.</summary>
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    public static void WriteCsv(TextWriter output, IReadOnlyList<RecordResult> results, IReadOnlyList<(string Key, string Header)> columns)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        csv.WriteRecord(["id", "总分", "等级", .. columns.Select(column => column.Header), "错误"]);
        foreach (var result in results)
        {
            var scores = result.Indicators.ToDictionary(indicator => indicator.Key, indicator => indicator.Score);
            csv.WriteRecord([
                result.Id,
                result.Total is { } total ? Runtime.NumberText.Plain(total) : string.Empty,
                result.Grade ?? string.Empty,
                .. columns.Select(column => scores.TryGetValue(column.Key, out var score) ? Runtime.NumberText.Plain(score) : string.Empty),
                string.Join("；", result.Errors.Select(error => error.ToString())),
            ]);
        }
    }
}
