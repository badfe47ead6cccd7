using System.Text.Json;
using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Domain.Members;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Elections;

public sealed record CreateElectionRequest(string? Id, string? Title, DateTimeOffset? CandidacyDeadline, List<SeatDue>? Seats, List<string>? Suspended,
    List<Holder>? Continuing, List<Holder>? Outgoing, int Guardians = 5, int Quorum = 3);

public sealed record CandidacyRequest(string? Person, Post? Post, string? Region);

public sealed record OpenRoundRequest(Post? Post, string? Region);

public sealed record CandidacyView(Guid Id, string CandidateId, string Person, string Member, string Post, string? Region, bool? Valid, string? Reasons);

public sealed record RoundView(int Order, string ContestId, string Status, RoundManifest Manifest, string BaseHash, string? JointKey, int Ballots, IReadOnlyList<TallyLine>? Results,
    RoundDecision? Decision);

public sealed record TallyLine(string CandidateId, string Name, string Member, int Votes);

public sealed record ElectionView(string Id, string Title, string Status, DateTimeOffset CandidacyDeadline, IReadOnlyList<SeatDue> Seats, IReadOnlyList<string> Suspended,
    int Guardians, int Quorum, bool GuardiansReady, IReadOnlyList<CandidacyView> Candidacies, IReadOnlyList<RoundView> Rounds, IReadOnlyList<string> Elected,
    string? ArchivedRecordHash);

public sealed record CastReceipt(string TrackingCode, int Seq, string ContestId);

/// <summary>What the challenging delegation learns: the choice its encryption held and the code under which the board
/// publishes it (without the member).</summary>
public sealed record ChallengeResult(bool Verified, string? Choice, string ChoiceName, int Challenged, string Code);

public sealed record BoardLine(int Seq, string Voter, string BallotHash, string TrackingCode, DateTimeOffset CastAt);

public sealed record SumsView(string ContestId, string BaseHash, IReadOnlyList<GuardianRecord> Guardians, IReadOnlyList<SumLine> Sums, int Ballots);

public sealed record SumLine(string CandidateId, Ciphertext Sum, string Context);

public sealed record SharesRequest(List<GuardianShares>? Guardians);

public sealed record GuardianShares(int Guardian, List<DecryptionShare>? Shares);

/// <summary>The election lifecycle as the election officer runs it: candidacies, guardians, ballot rounds, tally,
/// proclamation. The server never holds a guardian's secret: trustees decrypt on their own machines and post shares
/// with proofs.</summary>
internal static class ElectionService
{
    public static async Task<Result<ElectionEntity>> CreateAsync(AppDbContext db, Actor actor, DateTimeOffset now, CreateElectionRequest r, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(r.Id) || r.Id.Length > 40 || !r.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            errors["id"] = ["Lower-case letters, digits and hyphens, at most 40."];
        }

        if (string.IsNullOrWhiteSpace(r.Title))
        {
            errors["title"] = ["Required."];
        }

        if (r.CandidacyDeadline is null || r.CandidacyDeadline <= now)
        {
            errors["candidacyDeadline"] = ["A future date and time."];
        }

        var rules = ElectionRules.Default;
        if (r.Seats is not { Count: > 0 } seats || seats.Any(s => !Enum.IsDefined(s.Post) || (s.Post == Post.Delegate) != (s.Region is not null)
                || (s.Region is not null && !rules.Regions.Contains(s.Region))))
        {
            errors["seats"] = [$"The seats due: a post, and for a Delegate one of {string.Join(", ", rules.Regions)}."];
        }
        else if (seats.GroupBy(s => s.Post).Any(g => g.Count() > rules.For(g.Key).Seats))
        {
            errors["seats"] = ["More seats than the Committee has for a post (Constitution Art. 15)."];
        }

        if ((r.Suspended ?? []).FirstOrDefault(m => !MemberCatalogue.IsMember(m)) is { } notMember)
        {
            errors["suspended"] = [$"{notMember} is not a member."];
        }

        if (r.Quorum < 1 || r.Guardians < r.Quorum || r.Guardians > 15)
        {
            errors["quorum"] = ["1 ≤ k ≤ n ≤ 15."];
        }

        if (errors.Count > 0)
        {
            return new InvalidError("election.invalid", "The election cannot be set up as it is.", errors);
        }

        if (await db.Elections.AnyAsync(e => e.Id == r.Id, ct))
        {
            return new ConflictError("election.exists", "An election with this id exists.");
        }

        var e = new ElectionEntity
        {
            Id = r.Id!, Title = r.Title!.Trim(), Status = ElectionStatus.Candidacies, CandidacyDeadline = r.CandidacyDeadline!.Value,
            SeatsJson = Json(r.Seats!), SuspendedJson = Json((r.Suspended ?? []).Select(s => s.ToUpperInvariant()).ToHashSet()),
            ContinuingJson = Json(r.Continuing ?? []), OutgoingJson = Json(r.Outgoing ?? []), GuardianCount = r.Guardians, Quorum = r.Quorum,
            RulesVersion = rules.Version, CreatedAt = now,
        };
        db.Elections.Add(e);
        db.Audit(actor.Facts(now, "election.create", "election", e.Id, null));
        await db.SaveChangesAsync(ct);
        return e;
    }

    public static async Task<Result<CandidacyEntity>> SubmitCandidacyAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, CandidacyRequest r, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return NotFound;
        }

        if (!actor.Has(Role.NcbSupervisor) || actor.Country is null)
        {
            return new ForbiddenError("election.supervisors_only", "A member's candidacy is submitted by its NCB supervisor.");
        }

        if (e.Status != ElectionStatus.Candidacies || now > e.CandidacyDeadline)
        {
            return new ConflictError("election.candidacies_closed", $"Candidacies closed on {e.CandidacyDeadline:yyyy-MM-dd HH:mm} UTC.");
        }

        if (string.IsNullOrWhiteSpace(r.Person) || r.Person.Length > 200 || r.Post is not { } post || !Enum.IsDefined(post))
        {
            return new InvalidError("election.invalid", "Name the candidate and the post.", new Dictionary<string, string[]>
            {
                ["person"] = ["The candidate, a delegate of your member (at most 200 characters)."], ["post"] = [$"One of: {string.Join(", ", Enum.GetNames<Post>())}."],
            });
        }

        var c = new CandidacyEntity
        {
            Id = Guid.CreateVersion7(now), ElectionId = id, Person = r.Person.Trim(), Member = actor.Country, Post = post,
            Region = post == Post.Delegate ? r.Region : null, SubmittedAt = now, SubmittedBy = actor.UserId,
        };
        db.Candidacies.Add(c);
        db.Audit(actor.Facts(now, "election.candidacy", "election", id, $"{post}"));
        await db.SaveChangesAsync(ct);
        return c;
    }

    public static async Task<Result<ElectionEntity>> ValidateAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return NotFound;
        }

        var candidacies = await db.Candidacies.Where(c => c.ElectionId == id).OrderBy(c => c.SubmittedAt).ToListAsync(ct);
        var rules = ElectionRules.Default;
        foreach (var c in candidacies)
        {
            var reasons = Eligibility.Check(rules, new Candidacy(c.Person, c.Member, new SeatDue(c.Post, c.Region)), e.Continuing, e.Outgoing, [], e.Seats).ToList();
            if (candidacies.Any(o => o.Id != c.Id && o.Member == c.Member && o.Post == c.Post && o.Region == c.Region && o.SubmittedAt < c.SubmittedAt))
            {
                reasons.Add("The member already proposed a candidate for this seat.");
            }

            c.Valid = reasons.Count == 0;
            c.Reasons = reasons.Count == 0 ? null : string.Join(" ", reasons);
        }

        db.Audit(actor.Facts(now, "election.validate", "election", id, $"{candidacies.Count(c => c.Valid == true)} valid of {candidacies.Count}"));
        await db.SaveChangesAsync(ct);
        return e;
    }

    public static async Task<Result<ElectionEntity>> SetGuardiansAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, List<GuardianRecord>? guardians, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return NotFound;
        }

        if (e.GuardiansJson is not null)
        {
            return new ConflictError("election.guardians_set", "The guardians' keys are set; a new ceremony needs a new election.");
        }

        var context = ElectionVerifier.CeremonyContext(id);
        var ok = guardians is { } g && g.Count == e.GuardianCount && g.Select(x => x.Index).Order().SequenceEqual(Enumerable.Range(1, e.GuardianCount))
            && g.All(x => x.Commitments.Count == e.Quorum && x.Proofs.Count == e.Quorum
                && x.Commitments.Select((c, j) => Valid(() => x.Proofs[j].Verify(Group.Point(c), $"{context}|guardian {x.Index}|coefficient {j}"))).All(v => v));
        if (!ok)
        {
            return new InvalidError("election.guardians_invalid", "The guardians' public records do not verify.", new Dictionary<string, string[]>
            {
                ["guardians"] = [$"{e.GuardianCount} records, indices 1…{e.GuardianCount}, {e.Quorum} commitments each, every Schnorr proof bound to '{context}'."],
            });
        }

        e.GuardiansJson = Json(guardians!);
        e.Version++;
        db.Audit(actor.Facts(now, "election.guardians", "election", id, $"{e.Quorum} of {e.GuardianCount}"));
        await db.SaveChangesAsync(ct);
        return e;
    }

    public static async Task<Result<RoundEntity>> OpenRoundAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, OpenRoundRequest r, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return NotFound;
        }

        if (e.Guardians is not { } guardians)
        {
            return new ConflictError("election.no_guardians", "Set up the guardians (key ceremony) before opening a ballot.");
        }

        if (now <= e.CandidacyDeadline || e.Status == ElectionStatus.Proclaimed)
        {
            return new ConflictError("election.not_votable", e.Status == ElectionStatus.Proclaimed ? "The results are proclaimed." : "Candidacies are still open.");
        }

        var rounds = await db.Rounds.Where(x => x.ElectionId == id).OrderBy(x => x.Order).ToListAsync(ct);
        if (rounds.Any(x => x.Status != RoundStatus.Tallied))
        {
            return new ConflictError("election.round_running", "Finish the current ballot (close and tally) first.");
        }

        if (r.Post is not { } post)
        {
            return new InvalidError("election.invalid", "Say which seat.", new Dictionary<string, string[]> { ["post"] = ["Required."] });
        }

        var seat = new SeatDue(post, post == Post.Delegate ? r.Region : null);
        var due = e.Seats.Count(s => s == seat);
        var records = rounds.Select(x => x.Record!).ToList();
        var electedHere = records.Where(x => x.Manifest.Post == post && x.Manifest.Region == seat.Region && x.Decision.Elected is not null).ToList();
        if (due == 0 || electedHere.Count >= due)
        {
            return new ConflictError("election.seat_filled", "No such seat is left to fill at this session.");
        }

        var elected = ElectedHolders(records);
        var rules = ElectionRules.Default;
        var candidacies = await db.Candidacies.Where(c => c.ElectionId == id && c.Valid == true && c.Post == post && c.Region == seat.Region).OrderBy(c => c.SubmittedAt).ToListAsync(ct);
        var candidates = candidacies.Where(c => Eligibility.Check(rules, new Candidacy(c.Person, c.Member, seat), e.Continuing, e.Outgoing, elected, e.Seats).Count == 0).ToList();
        if (candidates.Count == 0)
        {
            return new ConflictError("election.no_candidates", "No valid, still eligible candidate for this seat (validate the candidacies first).");
        }

        var seatId = $"{post.ToString().ToLowerInvariant()}{(seat.Region is null ? "" : "-" + seat.Region.ToLowerInvariant())}-{electedHere.Count + 1}";
        var ballot = records.Count(x => x.Manifest.ContestId.StartsWith(seatId + "/", StringComparison.Ordinal)) + 1;
        var suspended = e.Suspended;
        var manifest = new RoundManifest(id, e.Title, $"{seatId}/ballot-{ballot}", post, seat.Region, ballot,
            [.. candidates.Select(c => new CandidateEntry(c.CandidateId, c.Person, c.Member))], 1,
            [.. MemberCatalogue.All.Select(m => new VoterEntry(m.Iso2, !suspended.Contains(m.Iso2)))], e.GuardianCount, e.Quorum, rules.Version);
        var round = new RoundEntity
        {
            Id = $"{id}|{manifest.ContestId}", ElectionId = id, Order = rounds.Count + 1, Status = RoundStatus.Open, ManifestJson = Json(manifest), OpenedAt = now,
        };
        db.Rounds.Add(round);
        e.Status = ElectionStatus.Voting;
        e.Version++;
        db.Audit(actor.Facts(now, "election.open_round", "election", id, manifest.ContestId));
        await db.SaveChangesAsync(ct);
        _ = guardians;
        return round;
    }

    public static async Task<Result<CastReceipt>> CastAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, int order, EncryptedBallot? ballot, CancellationToken ct)
    {
        if (ballot is null)
        {
            return new InvalidError("ballot.invalid", "Send the encrypted ballot.", new Dictionary<string, string[]> { ["ballot"] = ["Required."] });
        }

        var open = await OpenBallotFor(db, actor, ballot.Voter, id, order, ct);
        if (!open.IsOk)
        {
            return open.Error!;
        }

        var (round, manifest, key) = open.Value;
        var board = await BoardAsync(db, round.Id, ct);
        var problem = ElectionVerifier.CheckBallot(manifest, manifest.BaseHash(), key, ballot, board);
        if (problem is not null)
        {
            return problem.StartsWith("conflict:", StringComparison.Ordinal)
                ? new ConflictError("ballot.rejected", problem["conflict:".Length..])
                : new InvalidError("ballot.invalid", problem, new Dictionary<string, string[]> { ["ballot"] = [problem] });
        }

        // An opened encryption is public: cast, it would be a vote everyone can read (and the record would not verify).
        if (round.Challenged.Any(c => c.SharesAnEncryptionWith(ballot)))
        {
            return new ConflictError("ballot.challenged", "This encryption was challenged and its choice published; encrypt again and cast the new ballot.");
        }

        var entry = BoardEntry.Next(board, manifest.BaseHash(), ballot);
        db.BoardEntries.Add(new BoardEntryEntity { RoundId = round.Id, Seq = entry.Seq, Voter = ballot.Voter, BallotJson = Json(ballot), BallotHash = entry.BallotHash, TrackingCode = entry.TrackingCode, CastAt = now });
        // That the member voted is recorded; how, never (the ballot is encrypted, and the audit keeps no ballot content).
        db.Audit(actor.Facts(now, "election.ballot", "election", id, manifest.ContestId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return new ConflictError("ballot.concurrent", "Another ballot was placed at the same moment; encrypt again and resend.");
        }

        return new CastReceipt(entry.TrackingCode, entry.Seq, manifest.ContestId);
    }

    /// <summary>A voter challenges (audits) an encryption instead of casting it: the server checks it holds exactly the
    /// revealed choice, publishes it with the round's record, and never counts it.</summary>
    public static async Task<Result<ChallengeResult>> ChallengeAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, int order, ChallengedBallot? challenge, CancellationToken ct)
    {
        if (challenge?.Ballot is null || challenge.Nonces is null)
        {
            return new InvalidError("challenge.invalid", "Send the ballot, the revealed choice and the nonces.", new Dictionary<string, string[]> { ["ballot"] = ["Required."] });
        }

        var open = await OpenBallotFor(db, actor, challenge.Ballot.Voter, id, order, ct);
        if (!open.IsOk)
        {
            return open.Error!;
        }

        var (round, manifest, key) = open.Value;
        if (challenge.Check(manifest, manifest.BaseHash(), key) is { } problem)
        {
            return new InvalidError("challenge.failed", problem, new Dictionary<string, string[]> { ["ballot"] = [problem] });
        }

        // Stored and published without the member: how a delegation meant to vote is nobody else's business.
        var published = challenge.Publish();
        if (published.Check(manifest, key, await BoardAsync(db, round.Id, ct)) is { } cast)
        {
            return new ConflictError("challenge.cast", cast.Replace("conflict:", "", StringComparison.Ordinal) + "; a cast ballot cannot be challenged.");
        }

        var list = round.Challenged;
        if (list.Any(c => c.Code == published.Code))
        {
            return new ConflictError("challenge.repeated", "This encryption has already been challenged.");
        }

        list.Add(published);
        round.ChallengedJson = Json(list);
        round.Version++;
        db.Audit(actor.Facts(now, "election.challenge", "election", id, manifest.ContestId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ConflictError("ballot.concurrent", "Another change happened at the same moment; try again.");
        }

        var name = challenge.Choice is null ? "blank ballot" : manifest.Candidates.First(c => c.Id == challenge.Choice) is var c ? $"{c.Name} ({c.Member})" : "";
        return new ChallengeResult(true, challenge.Choice, name, list.Count, published.Code);
    }

    public static async Task<Result<RoundEntity>> CloseAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, int order, CancellationToken ct)
    {
        var (_, round) = await LoadRoundAsync(db, id, order, ct);
        if (round is null)
        {
            return NotFound;
        }

        if (round.Status != RoundStatus.Open)
        {
            return new ConflictError("election.round_closed", "The ballot is already closed.");
        }

        round.Status = RoundStatus.Closed;
        round.ClosedAt = now;
        round.Version++;
        db.Audit(actor.Facts(now, "election.close_round", "election", id, round.Manifest.ContestId));
        await db.SaveChangesAsync(ct);
        return round;
    }

    public static async Task<Result<SumsView>> SumsAsync(AppDbContext db, string id, int order, CancellationToken ct)
    {
        var (e, round) = await LoadRoundAsync(db, id, order, ct);
        if (round is null || e?.Guardians is not { } guardians)
        {
            return NotFound;
        }

        if (round.Status == RoundStatus.Open)
        {
            return new ConflictError("election.round_open", "The ballot is still open.");
        }

        var manifest = round.Manifest;
        var board = await BoardAsync(db, round.Id, ct);
        var baseHash = manifest.BaseHash();
        var sums = BallotRound.Sums(manifest, board);
        return new SumsView(manifest.ContestId, baseHash, guardians,
            [.. manifest.Candidates.Select((c, i) => new SumLine(c.Id, sums[i], BallotRound.TallyContext(baseHash, c.Id)))], BallotRound.Counted(board).Count);
    }

    /// <summary>Records guardians' decryption shares (each checked against its proof); with k guardians the tally is
    /// computed, decided and the round's record written.</summary>
    public static async Task<Result<RoundEntity>> SubmitSharesAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, int order, SharesRequest r, CancellationToken ct)
    {
        var sums = await SumsAsync(db, id, order, ct);
        if (!sums.IsOk)
        {
            return sums.Error!;
        }

        var (e, round) = await LoadRoundAsync(db, id, order, ct);
        if (round!.Status == RoundStatus.Tallied)
        {
            return new ConflictError("election.tallied", "This ballot is already tallied.");
        }

        var s = sums.Value;
        var stored = round.SharesJson is null ? [] : JsonSerializer.Deserialize<List<GuardianShares>>(round.SharesJson, ElectionJson.Options)!;
        foreach (var g in r.Guardians ?? [])
        {
            var shares = g.Shares ?? [];
            var ok = s.Guardians.Any(x => x.Index == g.Guardian) && shares.Count == s.Sums.Count && shares.Zip(s.Sums).All(pair => pair.First.Guardian == g.Guardian
                && Valid(() => pair.First.Proof.Verify(Group.Point(pair.Second.Sum.Alpha), Group.Point(pair.First.Share), KeyCeremony.PublicShare(s.Guardians, g.Guardian), pair.Second.Context)));
            if (!ok)
            {
                return new InvalidError("election.share_invalid", $"Guardian {g.Guardian}'s decryption shares do not verify.", new Dictionary<string, string[]>
                {
                    [$"guardians[{g.Guardian}]"] = ["One share per candidate, in the round's order, each with a valid proof against the guardian's public share."],
                });
            }

            stored.RemoveAll(x => x.Guardian == g.Guardian);
            stored.Add(g);
        }

        round.SharesJson = Json(stored);
        round.Version++;
        db.Audit(actor.Facts(now, "election.shares", "election", id, $"{round.Manifest.ContestId}: guardians {string.Join(",", stored.Select(x => x.Guardian).Order())}"));
        if (stored.Count >= round.Manifest.Quorum)
        {
            var manifest = round.Manifest;
            var present = stored.OrderBy(x => x.Guardian).Take(manifest.Quorum).ToList();
            var record = BallotRound.Record(manifest, s.Guardians, await BoardAsync(db, round.Id, ct),
                [.. s.Sums.Select((_, i) => (IReadOnlyList<DecryptionShare>)[.. present.Select(p => p.Shares![i])])], ElectionRules.Default, round.Challenged);
            var decision = record.Decision;
            round.RecordJson = Json(record);
            round.Status = RoundStatus.Tallied;
            db.Audit(actor.Facts(now, "election.tally", "election", id, $"{manifest.ContestId}: {decision.Elected ?? "further ballot"}"));
        }

        await db.SaveChangesAsync(ct);
        _ = e;
        return round;
    }

    public static async Task<Result<ElectionEntity>> ProclaimAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return NotFound;
        }

        var rounds = await db.Rounds.Where(x => x.ElectionId == id).ToListAsync(ct);
        if (e.Status != ElectionStatus.Voting || rounds.Any(x => x.Status != RoundStatus.Tallied))
        {
            return new ConflictError("election.not_ready", "Every ballot must be tallied before the results are proclaimed.");
        }

        e.Status = ElectionStatus.Proclaimed;
        e.ProclaimedAt = now;
        // Archived as it stands: the record's hash is published, so any copy of it can be checked against the original.
        e.ArchivedRecordHash = Group.Sha256((await RecordAsync(db, id, ct))!.ToJson());
        e.Version++;
        db.Audit(actor.Facts(now, "election.proclaim", "election", id, $"record {e.ArchivedRecordHash}"));
        await db.SaveChangesAsync(ct);
        return e;
    }

    public static async Task<ElectionRecord?> RecordAsync(AppDbContext db, string id, CancellationToken ct)
    {
        var e = await db.Elections.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }

        var rounds = await db.Rounds.AsNoTracking().Where(x => x.ElectionId == id && x.Status == RoundStatus.Tallied).OrderBy(x => x.Order).ToListAsync(ct);
        return new ElectionRecord(id, e.Title, e.RulesVersion, [.. rounds.Select(x => x.Record!)]);
    }

    public static async Task<ElectionView?> ViewAsync(AppDbContext db, string id, CancellationToken ct)
    {
        var e = await db.Elections.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }

        var candidacies = await db.Candidacies.AsNoTracking().Where(c => c.ElectionId == id).OrderBy(c => c.SubmittedAt).ToListAsync(ct);
        var rounds = await db.Rounds.AsNoTracking().Where(x => x.ElectionId == id).OrderBy(x => x.Order).ToListAsync(ct);
        var counts = await db.BoardEntries.AsNoTracking().Where(b => rounds.Select(x => x.Id).Contains(b.RoundId)).GroupBy(b => b.RoundId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var guardians = e.Guardians;
        var key = guardians is null ? null : Group.Hex(KeyCeremony.JointKey(guardians));
        var views = rounds.Select(x =>
        {
            var m = x.Manifest;
            var rec = x.Record;
            // Decisions name candidates by id in the record; the page shows their names.
            var decision = rec?.Decision is { } d ? d with { Explanation = m.Candidates.Aggregate(d.Explanation, (text, c) => text.Replace(c.Id, $"{c.Name} ({c.Member})", StringComparison.Ordinal)) } : null;
            return new RoundView(x.Order, m.ContestId, x.Status.ToString(), m, m.BaseHash(), key, counts.GetValueOrDefault(x.Id),
                rec?.Tally.Select(t => new TallyLine(t.CandidateId, m.Candidates.First(c => c.Id == t.CandidateId).Name, m.Candidates.First(c => c.Id == t.CandidateId).Member, t.Votes)).ToList(),
                decision);
        }).ToList();
        var elected = views.Where(v => v.Decision?.Elected is not null)
            .Select(v => $"{v.Manifest.Post}{(v.Manifest.Region is null ? "" : $" ({v.Manifest.Region})")}: {v.Manifest.Candidates.First(c => c.Id == v.Decision!.Elected).Name} ({v.Manifest.Candidates.First(c => c.Id == v.Decision!.Elected).Member})").ToList();
        return new ElectionView(e.Id, e.Title, e.Status.ToString(), e.CandidacyDeadline, e.Seats, [.. e.Suspended.Order(StringComparer.Ordinal)], e.GuardianCount, e.Quorum,
            guardians is not null, [.. candidacies.Select(c => new CandidacyView(c.Id, c.CandidateId, c.Person, c.Member, c.Post.ToString(), c.Region, c.Valid, c.Reasons))], views, elected,
            e.ArchivedRecordHash);
    }

    public static async Task<List<BoardLine>?> BoardLinesAsync(AppDbContext db, string id, int order, CancellationToken ct)
    {
        var (_, round) = await LoadRoundAsync(db, id, order, ct);
        return round is null ? null : await db.BoardEntries.AsNoTracking().Where(b => b.RoundId == round.Id).OrderBy(b => b.Seq)
            .Select(b => new BoardLine(b.Seq, b.Voter, b.BallotHash, b.TrackingCode, b.CastAt)).ToListAsync(ct);
    }

    private static List<Holder> ElectedHolders(IEnumerable<RoundRecord> records) =>
        [.. records.Where(r => r.Decision.Elected is not null)
            .Select(r => (Candidate: r.Manifest.Candidates.First(c => c.Id == r.Decision.Elected), r.Manifest.Post))
            .Select(x => new Holder(x.Candidate.Name, x.Candidate.Member, x.Post))];

    // A delegation acts for its own member only, on an open ballot of an election whose guardians are set.
    private static async Task<Result<(RoundEntity Round, RoundManifest Manifest, Org.BouncyCastle.Math.EC.ECPoint Key)>> OpenBallotFor(AppDbContext db, Actor actor, string voter,
        string id, int order, CancellationToken ct)
    {
        if (actor.Country is null || voter != actor.Country)
        {
            return new ForbiddenError("ballot.own_member_only", "A delegation acts for its own member's ballot only.");
        }

        var (e, round) = await LoadRoundAsync(db, id, order, ct);
        if (round is null || e?.Guardians is not { } guardians)
        {
            return NotFound;
        }

        return round.Status != RoundStatus.Open
            ? new ConflictError("ballot.closed", "This ballot is closed.")
            : (round, round.Manifest, KeyCeremony.JointKey(guardians));
    }

    private static async Task<(ElectionEntity? Election, RoundEntity? Round)> LoadRoundAsync(AppDbContext db, string id, int order, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        var round = e is null ? null : await db.Rounds.FirstOrDefaultAsync(x => x.ElectionId == id && x.Order == order, ct);
        return (e, round);
    }

    private static async Task<List<BoardEntry>> BoardAsync(AppDbContext db, string roundId, CancellationToken ct) =>
        [.. (await db.BoardEntries.AsNoTracking().Where(b => b.RoundId == roundId).OrderBy(b => b.Seq).ToListAsync(ct)).Select(b => b.ToEntry())];

    private static bool Valid(Func<bool> check)
    {
        try
        {
            return check();
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ElectionJson.Options);

    private static NotFoundError NotFound => new("election.not_found", "No such election or ballot.");
}
