namespace SchemeLang.Data;

/// <summary>Excel's names for columns and cells: 0 → A, 25 → Z, 26 → AA; 「填报!D7」.</summary>
public static class CellReference
{
    public static string Column(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The column index of a reference such as 「AB12」 (0 for A), or -1 when it starts with no letter.</summary>
    public static int ColumnIndex(ReadOnlySpan<char> reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? -1 : index - 1;
    }
}
