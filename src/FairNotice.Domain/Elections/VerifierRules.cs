namespace FairNotice.Domain.Elections;

/// <summary>What each check of <see cref="ElectionVerifier"/> tests, as an equation or a rule, with the ElectionGuard 2.0
/// verification step it corresponds to (docs/elections.md has the full parity table).</summary>
/// <remarks>Printed by <c>fairnotice election verify</c> next to each verdict, so that a delegation's IT officer reads what
/// was checked, not only that something passed.</remarks>
public static class VerifierRules
{
    private static readonly Dictionary<string, string> Rules = new(StringComparer.Ordinal)
    {
        ["rules version"] = "the record names the rules version this verifier applies (EG 1.A: same specification version)",
        ["credential list"] = "every round's manifest names one credential list hash H_C, and H_C equals the credential authority's announcement when given (--credentials)",
        ["well-formed"] = "counts, lists and points parse and fit the manifest (EG 5.A/5.C: values in range and on the group)",
        ["manifest"] = "base hash = SHA-256(canonical JSON of the manifest) and the manifest is this election's (EG 1.G/1.H, 4.A)",
        ["guardians' proofs"] = "for each guardian i and coefficient j: c = H(\"key ceremony|election|guardian i|coefficient j\", K_ij, u·G − c·K_ij) (EG 2.A–2.C)",
        ["joint key"] = "K = Σ_i K_i0 (EG 3.B)",
        ["board chain"] = "code_i = SHA-256(code_{i−1} | SHA-256(ballot_i)), code_0 = base hash, seq = 1, 2, … (EG 7: confirmation codes and their chaining)",
        ["ballots"] = "each selection: Σ_j c_j = H(ctx, K, α, β, a_j, b_j…) with a_j = u_j·G − c_j·α, b_j = u_j·K − c_j·(β − j·G), j ∈ {0,1}; the selections' sum with j ∈ 0…limit; voter on the roll with a vote; a re-vote names the previous tracking code (EG 5, 6)",
        ["credentials"] = "H_C = SHA-256(canonical list of the roll's (member, key)); every member with a vote holds a key; no two keys alike",
        ["ballot signatures"] = "ECDSA (P-256, SHA-256) verify(key of the ballot's member, message(base hash, ballot), r‖s) with s ≤ q/2, for every ballot on the board",
        ["one ballot per credential"] = "counted = the last ballot of each credential; earlier ones are superseded and listed; the count equals the record's",
        ["tally"] = "(A, B) = Σ counted ballots' (α, β) per candidate (EG 8); each share M_ℓ = z_ℓ·A has a Chaum–Pedersen proof that log_G Z_ℓ = log_A M_ℓ (EG 9); t·G = B − Σ w_ℓ·M_ℓ with Lagrange w_ℓ (EG 10)",
        ["blank ballots"] = "blank = counted − Σ votes for candidates, ≥ 0",
        ["decision"] = "the decision follows rules.json for the post and ballot number (majority of votes cast, blank not a vote cast)",
        ["challenged ballots"] = "each challenged ballot: code = SHA-256(\"challenge\" | round | (candidate:α:β)…); (α, β) = (r·G, m·G + r·K) for the published nonce r and revealed choice m; no α of it on the board (EG 12, 13)",
        ["composition"] = "those elected at this session come from different members (Constitution Art. 15); the President and Vice-Presidents from different regions (Art. 16)",
        ["successive ballots"] = "ballot n+1 on a seat only after ballot n elected nobody; nothing after an election",
    };

    /// <summary>The rule a check tests ("" for an unknown name).</summary>
    /// <param name="check">The check's name.</param>
    public static string Of(string check) => Rules.GetValueOrDefault(check, "");

    /// <summary>Every check name the verifier may report, in the order it reports them.</summary>
    public static IReadOnlyCollection<string> Checks => Rules.Keys;
}
