"""After the soak: match what the client was told against the database and the SMTP sink, then print the
summary. Reads the database with plain SQL (psycopg) so it needs no Django process state.

Checks:
  - every 202 signature has its Signature row (by its unique e-mail address); every 201 testimony has its
    Testimony row (its receipt is checked against the stored lookup prefix and Argon2 hash);
  - every Signature row of the run has exactly one OutgoingEmail, delivered exactly once to the sink
    (by To, and by Message-ID, which carries the OutgoingEmail id);
  - nothing is half-written: no signature without its e-mail, no e-mail left "sending", no testimony left
    "received" (unmasked) or with a missing required field, after the drain.
"""

import json
import statistics
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

EXPECTED = {"sig": 202, "tes": 201}
NOT_SENT = "client saturated (not sent)"
TIMEOUT = 10.0  # load.py
# Causes of a failed request after which the server may still have committed the row.
MAY_HAVE_COMMITTED = ("timeout", "connection closed", "HTTP 5")


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if line:
            try:
                rows.append(json.loads(line))
            except ValueError:  # a line cut by a kill: reported as unreadable
                rows.append({"unreadable": line})
    return rows


def message_id_of(pk: int) -> str:
    return f"<concertons-{pk}@concertons.invalid>"  # OutgoingEmail.message_id


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[rank]


@dataclass
class Window:
    name: str
    start: float  # epoch
    end: float  # epoch: recovery + margin

    def touches(self, record: dict) -> bool:
        """Whether the request was in progress at some moment of the window (sent before the fault and
        still waiting at it counts: a request cut by a SIGKILL is a casualty of that fault)."""
        ended = record["sent"] + (record["lat"] if record["lat"] is not None else TIMEOUT)
        return record["sent"] <= self.end and ended >= self.start


@dataclass
class Findings:
    lines: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    data: dict = field(default_factory=dict)


def fetch(url: str, run_prefix: str, baseline_testimonies: set[str]) -> dict:
    like = f"{run_prefix}%"
    with psycopg.connect(url, connect_timeout=10) as connection:
        signatures = connection.execute(
            "SELECT id, email, status, campaign_id, version_id, email_key FROM signatures_signature "
            "WHERE email LIKE %s",
            (like,),
        ).fetchall()
        outbox = connection.execute(
            'SELECT id, "to", status, attempts, claimed_at, sent_at, last_error, created_at, subject '
            'FROM mailer_outgoingemail WHERE "to" LIKE %s',
            (like,),
        ).fetchall()
        testimonies = connection.execute(
            "SELECT id::text, campaign_id, departement, week, status, receipt_lookup, receipt_hash, "
            "masked_text <> '' AS masked, raw_text_encrypted IS NOT NULL AS has_raw, themes "
            "FROM testimonies_testimony"
        ).fetchall()
        other_outbox = connection.execute(
            'SELECT status, count(*) FROM mailer_outgoingemail WHERE "to" NOT LIKE %s GROUP BY status',
            (like,),
        ).fetchall()
        tasks = connection.execute(
            "SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status"
        ).fetchall()
    return {
        "signatures": signatures,
        "outbox": outbox,
        "testimonies": [row for row in testimonies if row[0] not in baseline_testimonies],
        "other_outbox": dict(other_outbox),
        "tasks": dict(tasks),
    }


def match_receipts(receipts: list[str], testimonies: list[tuple]) -> dict[str, str | None]:
    """receipt → Testimony id (checked with the stored Argon2 hash, as GET /api/testimonies/mine does)."""
    from concertons.testimonies import receipts as receipt_codes  # no Django import in that module

    by_lookup: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in testimonies:
        by_lookup[row[5]].append((row[0], row[6]))

    def one(code: str) -> tuple[str, str | None]:
        raw = receipt_codes.normalise(code)
        if raw is None:
            return code, None
        return code, receipt_codes.matches(raw, by_lookup.get(raw[: receipt_codes.LOOKUP_LENGTH], []))

    with ThreadPoolExecutor(max_workers=2) as pool:  # argon2-cffi releases the GIL
        return dict(pool.map(one, receipts))


def analyse(
    *,
    records: list[dict],
    deliveries: list[dict],
    db: dict,
    windows: list[Window],
    events: list[tuple[float, str]],
    t0: float,
    scheduled: dict[str, int],
    prefix: str,
    claims_at_fault: dict[int, str] | None = None,
) -> Findings:
    f = Findings()
    out = f.lines.append

    def rel(moment: float | None) -> str:
        return "—" if moment is None else f"t={moment - t0:+.1f}s"

    def nearest_event(moment: float) -> str:
        if not events:
            return ""
        at, text = min(events, key=lambda event: abs(event[0] - moment))
        return f"{text} at {rel(at)}"

    unreadable = [r for r in records if "unreadable" in r]
    records = [r for r in records if "unreadable" not in r]
    by_ep = {ep: [r for r in records if r["ep"] == ep] for ep in EXPECTED}

    def ok(r: dict) -> bool:
        return r["status"] == EXPECTED[r["ep"]] and not r["cause"]

    accepted = {ep: [r for r in rs if ok(r)] for ep, rs in by_ep.items()}
    sent = {ep: [r for r in rs if r["cause"] != NOT_SENT] for ep, rs in by_ep.items()}
    causes = {ep: Counter(r["cause"] for r in rs if not ok(r)) for ep, rs in by_ep.items()}

    # --- requests ---------------------------------------------------------------------------------------
    def row(label: str, sig, tes, total=None, mark: str = "") -> None:
        total = (sig or 0) + (tes or 0) if total is None else total
        out(f"  {label:<58}{sig!s:>11}{tes!s:>13}{total!s:>9}{mark}")

    out(f"  {'REQUESTS':<58}{'signatures':>11}{'testimonies':>13}{'total':>9}")
    row("scheduled (steady rate)", scheduled["sig"], scheduled["tes"])
    row("recorded by the client", len(by_ep["sig"]), len(by_ep["tes"]))
    row("sent", len(sent["sig"]), len(sent["tes"]))
    row("accepted (202 / 201)", len(accepted["sig"]), len(accepted["tes"]))
    all_causes = sorted(set(causes["sig"]) | set(causes["tes"]))
    row("not accepted", sum(causes["sig"].values()), sum(causes["tes"].values()))
    for cause in all_causes:
        row(f"  {cause}", causes["sig"][cause], causes["tes"][cause])
    outside_failures = [
        r for ep in EXPECTED for r in by_ep[ep] if not ok(r) and not any(w.touches(r) for w in windows)
    ]
    row("  of which outside the fault windows", *[
        sum(1 for r in outside_failures if r["ep"] == ep) for ep in EXPECTED
    ])  # fmt: skip
    if unreadable:
        out(f"  unreadable client lines: {len(unreadable)}")
    lags = [r["sent"] - (t0 + r["due"]) for r in records]
    if lags:
        out(
            f"  client lag behind the schedule: p99 {percentile(lags, 99) * 1000:.0f} ms, max {max(lags) * 1000:.0f} ms"
        )

    # --- signatures ---------------------------------------------------------------------------------------
    sig_rows: dict[str, list[tuple]] = defaultdict(list)
    for sig in db["signatures"]:
        sig_rows[sig[1].lower()].append(sig)
    accepted_emails = {r["email"].lower() for r in accepted["sig"]}
    sent_emails = {r["email"].lower() for r in sent["sig"]}
    failed_sent = sent_emails - accepted_emails
    lost_signatures = sorted(accepted_emails - set(sig_rows))
    duplicate_signature_rows = {email: rows for email, rows in sig_rows.items() if len(rows) > 1}
    from_unaccepted = set(sig_rows) & failed_sent
    from_nowhere = set(sig_rows) - sent_emails
    half_signatures = [s for s in db["signatures"] if s[3] is None or s[4] is None or not s[5]]

    # --- testimonies --------------------------------------------------------------------------------------
    receipts = [r["receipt"] for r in accepted["tes"]]
    matched = match_receipts(receipts, db["testimonies"])
    lost_testimonies = sorted(code for code, pk in matched.items() if pk is None)
    matched_ids = Counter(pk for pk in matched.values() if pk)
    new_testimonies = db["testimonies"]
    unmatched_rows = [t for t in new_testimonies if t[0] not in matched_ids]
    tes_may_have = sum(1 for r in sent["tes"] if not ok(r) and r["cause"].startswith(MAY_HAVE_COMMITTED))
    tes_stuck_received = [t for t in new_testimonies if t[4] == "received"]
    tes_incomplete = [
        t for t in new_testimonies
        if t[1] is None or not t[2] or not t[3] or not t[6] or t[9] != ["effectifs"] or (t[4] != "received" and not t[7] and t[8])
    ]  # fmt: skip
    tes_status = Counter(t[4] for t in new_testimonies)

    out("")
    out(f"  {'ROWS':<58}{'signatures':>11}{'testimonies':>13}{'total':>9}")
    row("rows of this run found", len(db["signatures"]), len(new_testimonies))
    row(
        "accepted with their row",
        len(accepted_emails) - len(lost_signatures),
        len(receipts) - len(lost_testimonies),
    )
    mark_lost = "   <-- LOST" if lost_signatures or lost_testimonies else ""
    row("accepted WITHOUT a row (lost)", len(lost_signatures), len(lost_testimonies), mark=mark_lost)
    row("rows of requests not accepted (committed, answer lost)", len(from_unaccepted), len(unmatched_rows))
    row("  not-accepted requests that may have committed", sum(
        1 for r in sent["sig"] if not ok(r) and r["cause"].startswith(MAY_HAVE_COMMITTED)
    ), tes_may_have)  # fmt: skip
    row("rows from nowhere (never sent)", len(from_nowhere), "—", len(from_nowhere))
    row(
        "duplicate rows (one request, two rows)",
        len(duplicate_signature_rows),
        sum(1 for c in matched_ids.values() if c > 1),
    )
    out(f"  testimonies of this run by status after the drain: {dict(sorted(tes_status.items()))}")

    # --- e-mails ------------------------------------------------------------------------------------------
    outbox_by_to: dict[str, list[tuple]] = defaultdict(list)
    for email in db["outbox"]:
        outbox_by_to[email[1].lower()].append(email)
    readable = [d for d in deliveries if "unreadable" not in d]
    soak_deliveries = [d for d in readable if d["to"].lower().startswith(prefix)]
    other_deliveries = len(readable) - len(soak_deliveries)
    by_to = defaultdict(list)
    by_mid = defaultdict(list)
    for d in soak_deliveries:
        by_to[d["to"].lower()].append(d)
        by_mid[d["message_id"]].append(d)
    signature_emails = set(sig_rows)
    without_email = sorted(e for e in signature_emails if not outbox_by_to.get(e))
    several_emails = sorted(e for e in signature_emails if len(outbox_by_to.get(e, [])) > 1)
    orphan_emails = sorted(set(outbox_by_to) - signature_emails)
    once, duplicates, undelivered = [], [], []
    for e in sorted(signature_emails):
        count = len(by_to.get(e, []))
        if count == 1:
            once.append(e)
        elif count > 1:
            duplicates.append(e)
        else:
            undelivered.append(e)
    pending_end = [
        e for e in undelivered if any(o[2] in ("pending", "sending") for o in outbox_by_to.get(e, []))
    ]
    abandoned = [e for e in undelivered if any(o[2] == "failed" for o in outbox_by_to.get(e, []))]
    sent_never_received = [e for e in undelivered if any(o[2] == "sent" for o in outbox_by_to.get(e, []))]
    lost_emails = sorted(
        set(abandoned) | set(sent_never_received) | (set(undelivered) - set(pending_end) - set(abandoned))
    )
    mid_dupes = {mid: ds for mid, ds in by_mid.items() if len(ds) > 1}
    from_nowhere_mail = sorted({d["to"].lower() for d in soak_deliveries} - signature_emails)
    wrong_mid = [
        d for d in soak_deliveries
        if d["to"].lower() in outbox_by_to and d["message_id"] not in {message_id_of(o[0]) for o in outbox_by_to[d["to"].lower()]}
    ]  # fmt: skip
    outbox_status = Counter(o[2] for o in db["outbox"])
    stuck_sending = [o for o in db["outbox"] if o[2] == "sending"]
    retried = Counter(min(o[3], 5) for o in db["outbox"])

    out("")
    out("  E-MAILS (one confirmation per signature row, SMTP sink log)")
    out(f"    signature rows of the run: {len(signature_emails)}; OutgoingEmail rows: {len(db['outbox'])} "
        f"(by status: {dict(sorted(outbox_status.items()))})")  # fmt: skip
    out(f"    deliveries recorded by the sink for this run's addresses: {len(soak_deliveries)} "
        f"(distinct recipients {len(by_to)}, distinct Message-IDs {len(by_mid)})")  # fmt: skip
    out(f"    delivered exactly once: {len(once)}")
    out(f"    duplicates (delivered twice or more): {len(duplicates)} recipients, "
        f"{sum(len(by_to[e]) - 1 for e in duplicates)} extra deliveries; same Message-ID twice: {len(mid_dupes)}"
        + ("   <-- DUPLICATED" if duplicates or mid_dupes else ""))  # fmt: skip
    causes_of_duplicates = Counter(
        (claims_at_fault or {}).get(o[0], "not seen orphaned by a fault")
        for e in duplicates
        for o in outbox_by_to[e]
    )
    if duplicates:
        out(f"      duplicates by the fault that left their claim behind: {dict(causes_of_duplicates)}")
    out(
        f"    not delivered: {len(undelivered)} (still pending/sending at the end: {len(pending_end)}, "
        f"abandoned 'failed': {len(abandoned)}, marked 'sent' but never received: {len(sent_never_received)})"
    )
    out(f"    lost e-mails: {len(lost_emails)}" + ("   <-- LOST" if lost_emails else ""))
    out(
        f"    deliveries to an address with no signature: {len(from_nowhere_mail)}; Message-ID not matching "
        f"the recipient's OutgoingEmail: {len(wrong_mid)}"
    )
    out(f"    attempts per e-mail (5 = 5 or more): {dict(sorted(retried.items()))}")
    out(
        f"    other OutgoingEmail rows (not this run's): {db['other_outbox'] or 'none'}; "
        f"deliveries to other addresses (warm-up): {other_deliveries}; task rows by status: {db['tasks']}"
    )

    # --- half-written -------------------------------------------------------------------------------------
    out("")
    out("  HALF-WRITTEN ROWS (after the drain)")
    out(f"    signatures without their OutgoingEmail: {len(without_email)}; with more than one: {len(several_emails)}; "
        f"OutgoingEmail without a signature: {len(orphan_emails)}; signatures missing campaign/version/key: "
        f"{len(half_signatures)}")  # fmt: skip
    out(
        f"    OutgoingEmail stuck 'sending': {len(stuck_sending)}; testimonies stuck 'received': "
        f"{len(tes_stuck_received)}; testimonies with a missing field or unmasked text: {len(tes_incomplete)}"
    )
    half_written = (
        len(without_email) + len(several_emails) + len(orphan_emails) + len(half_signatures) + len(stuck_sending)
        + len(tes_stuck_received) + len(tes_incomplete)
    )  # fmt: skip

    # --- evidence -----------------------------------------------------------------------------------------
    evidence = []
    for e in duplicates[:20]:
        rows = outbox_by_to.get(e, [])
        times = ", ".join(rel(d["t"]) for d in by_to[e])
        detail = "; ".join(
            f"OutgoingEmail {o[0]} status={o[2]} attempts={o[3]} claimed_at={o[4]} sent_at={o[5]} "
            f"last_error={o[6]!r}"
            for o in rows
        )
        orphaned = "; ".join((claims_at_fault or {}).get(o[0], "") for o in rows)
        evidence.append(
            f"    duplicate {e}: delivered at {times}; {detail}; first delivery nearest to: "
            f"{nearest_event(by_to[e][0]['t'])}; {orphaned or 'claim not seen orphaned'}"
        )
    for e in lost_emails[:20]:
        evidence.append(f"    lost e-mail {e}: rows {outbox_by_to.get(e)}")
    for e in lost_signatures[:20]:
        r = next(r for r in accepted["sig"] if r["email"].lower() == e)
        evidence.append(f"    lost signature {e}: 202 at {rel(r['sent'])} from port {r['port']}; nearest fault: "
                        f"{nearest_event(r['sent'])}")  # fmt: skip
    for code in lost_testimonies[:20]:
        r = next(r for r in accepted["tes"] if r["receipt"] == code)
        evidence.append(f"    lost testimony {code}: 201 at {rel(r['sent'])} from port {r['port']}")
    for pk, label in sorted((claims_at_fault or {}).items()):
        o = next((o for o in db["outbox"] if o[0] == pk), None)
        if o is not None:
            evidence.append(
                f"    claim orphaned ({label}): OutgoingEmail {pk} to {o[1]}: delivered "
                f"{len(by_to.get(o[1].lower(), []))}× at {', '.join(rel(d['t']) for d in by_to.get(o[1].lower(), []))}; "
                f"final status {o[2]}, attempts {o[3]}"
            )
    for o in stuck_sending[:20]:
        evidence.append(f"    stuck sending: OutgoingEmail {o[0]} to {o[1]} claimed_at={o[4]} attempts={o[3]}; "
                        f"delivered {len(by_to.get(o[1].lower(), []))}×")  # fmt: skip
    for e in pending_end[:20]:
        o = outbox_by_to[e][0]
        evidence.append(f"    still pending at the end: OutgoingEmail {o[0]} to {e} status={o[2]} attempts={o[3]} "
                        f"claimed_at={o[4]} last_error={o[6]!r}")  # fmt: skip
    for e in without_email[:20]:
        evidence.append(f"    signature without e-mail: {e}")
    for t in (tes_stuck_received + tes_incomplete)[:20]:
        evidence.append(f"    testimony {t[0]}: status={t[4]} departement={t[2]!r} week={t[3]!r} masked={t[7]} "
                        f"raw={t[8]} themes={t[9]}")  # fmt: skip
    if evidence:
        out("")
        out("  EVIDENCE")
        f.lines.extend(evidence)

    # --- latency --------------------------------------------------------------------------------------------
    out("")
    out(
        "  LATENCY of accepted requests, ms (fault window: from the fault to 30 s after recovery; a request in "
        "progress at any moment of a window is inside it)"
    )
    for w in windows:
        out(f"    window {w.name}: {rel(w.start)} .. {rel(w.end)}")
    out(f"    {'':<30}{'n':>7}{'p50':>9}{'p99':>9}{'max':>9}")
    latency = {}
    for label, chosen in (
        ("signatures, outside windows", [r for r in accepted["sig"] if not any(w.touches(r) for w in windows)]),
        ("testimonies, outside windows", [r for r in accepted["tes"] if not any(w.touches(r) for w in windows)]),
        ("all, outside windows", [r for ep in EXPECTED for r in accepted[ep] if not any(w.touches(r) for w in windows)]),
        ("all, inside windows", [r for ep in EXPECTED for r in accepted[ep] if any(w.touches(r) for w in windows)]),
    ):  # fmt: skip
        values = [r["lat"] * 1000 for r in chosen]
        p50, p99 = percentile(values, 50), percentile(values, 99)
        latency[label] = (len(values), p50, p99)
        if values:
            out(f"    {label:<30}{len(values):>7}{p50:>9.1f}{p99:>9.1f}{max(values):>9.1f}")
        else:
            out(f"    {label:<30}{0:>7}{'—':>9}{'—':>9}{'—':>9}")
    if accepted["sig"]:
        out(
            f"    (mean of accepted signatures, all: {statistics.fmean(r['lat'] for r in accepted['sig']) * 1000:.1f} ms)"
        )

    # --- verdict ----------------------------------------------------------------------------------------------
    lost_total = len(lost_signatures) + len(lost_testimonies) + len(lost_emails)
    duplicate_total = len(duplicates) + len(mid_dupes) + len(duplicate_signature_rows)
    if lost_signatures:
        f.failures.append(f"{len(lost_signatures)} accepted signatures without a row")
    if lost_testimonies:
        f.failures.append(f"{len(lost_testimonies)} accepted testimonies without a row")
    if lost_emails:
        f.failures.append(f"{len(lost_emails)} confirmation e-mails lost")
    if duplicates or mid_dupes:
        f.failures.append(
            f"{len(duplicates)} confirmation e-mails delivered more than once ({dict(causes_of_duplicates)})"
        )
    if duplicate_signature_rows:
        f.failures.append(f"{len(duplicate_signature_rows)} signatures stored twice")
    if pending_end:
        f.failures.append(
            f"{len(pending_end)} e-mails still undelivered when the drain ended (not proven lost)"
        )
    if half_written:
        f.failures.append(f"{half_written} half-written rows")
    if from_nowhere or from_nowhere_mail or wrong_mid:
        f.failures.append("rows or e-mails that no request explains")
    if not accepted["sig"] or not accepted["tes"]:
        f.failures.append("nothing accepted on an endpoint: the run did not exercise it")
    f.data = {
        "scheduled": scheduled,
        "sent": {ep: len(v) for ep, v in sent.items()},
        "accepted": {ep: len(v) for ep, v in accepted.items()},
        "causes": {ep: dict(c) for ep, c in causes.items()},
        "rows": {"signatures": len(db["signatures"]), "testimonies": len(new_testimonies)},
        "lost": {"signatures": lost_signatures, "testimonies": lost_testimonies, "emails": lost_emails},
        "duplicates": {e: [d["t"] for d in by_to[e]] for e in duplicates},
        "delivered_once": len(once),
        "deliveries": len(soak_deliveries),
        "pending_end": pending_end,
        "half_written": half_written,
        "latency_ms": latency,
        "lost_total": lost_total,
        "duplicate_total": duplicate_total,
    }
    return f
