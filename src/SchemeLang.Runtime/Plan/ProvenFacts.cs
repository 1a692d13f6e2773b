namespace SchemeLang.Runtime;

/// <summary>
/// What the checker proved about an indicator's score or a formula's value for every record, from the rules, weights
/// and declared ranges alone, so that a
/// check that could never change the score may be skipped. Only a generated scorer's fast path skips one; the
/// interpreter keeps every check, and when auditing (the <c>SchemeLang.AuditProvenFacts</c> runtime switch, on in the
/// tests and the fuzzer) it fails loudly on any record where a proof turns out wrong.
/// </summary>
[Flags]
public enum ProvenFacts
{
    None = 0,

    /// <summary>A leaf's rule never gives less than 0 or more than its ceiling; a parent's children never add up past its ceiling.</summary>
    WithinCeiling = 1,

    /// <summary>A leaf's rule never gives a score with more decimal places than the scheme rounds to: rounding never changes it.</summary>
    WithinDecimals = 2,

    /// <summary>A formula's value always lies in its data item's range, given its operands' ranges (a quotient of amounts ≥ 0 over amounts > 0 is ≥ 0).</summary>
    WithinRange = 4,
}
