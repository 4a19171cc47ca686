"""Turns the hours bank booking benchmark's outputs (bench/work/hours-*) into a Markdown section. Used by bench/run."""
import glob
import json
import os
import re
import statistics
import sys

work, rounds, people, connections, seconds, minutes, statements, first_date, last_date = sys.argv[1:10]
rounds = int(rounds)


def millis(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(path):
    text = open(path).read()
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
              "requests": int(re.search(r"(\d+) requests in", text).group(1))}
    for percentile in ("50", "99"):
        result["p" + percentile] = millis(re.search(r"^\s+" + percentile + r"%\s+(\S+)", text, re.M).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket_errors = re.search(r"Socket errors: (.*)", text)
    result["errors"] = int(errors.group(1)) if errors else 0
    result["socket_errors"] = socket_errors.group(1).strip() if socket_errors else ""
    return result


def pgbench(path):
    text = open(path).read()
    tps = re.search(r"^tps = ([\d.]+)", text, re.M)
    result = {"tps": float(tps.group(1)) if tps else 0.0,
              "latency": float(re.search(r"^latency average = ([\d.]+) ms", text, re.M).group(1)) if tps else 0.0,
              "aborted": "aborted" in text or not tps}
    failed = re.search(r"number of failed transactions: (\d+)", text)
    result["failed"] = int(failed.group(1)) if failed else 0
    # Per-transaction log (pgbench -l): the third field is the latency in microseconds.
    # hours-pgbench-each-1.txt (or hours-minimal-..., each-split-...) logs to hours-pgbench-log-each-1.<pid>[.<thread>]
    log_glob = re.sub(r"/(hours-[a-z]+)-((?:each|one)(?:-split)?)-(\d+)\.txt$", r"/\1-log-\2-\3.*", path)
    latencies = sorted(int(line.split()[2]) / 1000 for f in glob.glob(log_glob)
                       for line in open(f) if line.strip())
    result["p50"] = latencies[len(latencies) // 2] if latencies else 0.0
    result["p99"] = latencies[int(len(latencies) * 0.99)] if latencies else 0.0
    return result


RATE_TARGET, P99_TARGET = 0.7, 1.5
# bench/run scale: only the variants asked for, and the national-sized database's facts.
variants = os.environ.get("HOURS_VARIANTS", "each one each-split").split()
scale = {}
if os.path.exists(f"{work}/scale-facts.txt"):
    scale = dict(line.split(" ", 1) for line in open(f"{work}/scale-facts.txt").read().splitlines() if line.strip())


def section(variant):
    http = [wrk(f"{work}/hours-wrk-{variant}-{i}.txt") for i in range(1, rounds + 1)]
    same = [pgbench(f"{work}/hours-pgbench-{variant}-{i}.txt") for i in range(1, rounds + 1)]
    least = [pgbench(f"{work}/hours-minimal-{variant}-{i}.txt") for i in range(1, rounds + 1)]
    made = [tuple(int(x) for x in open(f"{work}/hours-made-{variant}-{i}.txt").read().split()) for i in range(1, rounds + 1)]
    m = {"rps": statistics.median(r["rps"] for r in http), "p50": statistics.median(r["p50"] for r in http),
         "p99": statistics.median(r["p99"] for r in http)}
    for name, runs in (("same", same), ("least", least)):
        for key in ("tps", "p50", "p99"):
            m[f"{name}_{key}"] = statistics.median(r[key] for r in runs)
    rows = ["| round | HTTP bookings/s | p50 | p99 | pgbench, portal's tx: tx/s | p50 | p99 | pgbench, minimal tx: tx/s | p50 | p99 "
            "| HTTP / portal's tx | HTTP / minimal | HTTP p99 / minimal p99 | bookings made (HTTP, portal's tx, minimal) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for i, (h, s, l, k) in enumerate(zip(http, same, least, made), 1):
        rows.append(f"| {i} | {h['rps']:.0f} | {h['p50']:.1f} ms | {h['p99']:.1f} ms | {s['tps']:.0f} | {s['p50']:.1f} ms | {s['p99']:.1f} ms "
                    f"| {l['tps']:.0f} | {l['p50']:.1f} ms | {l['p99']:.1f} ms "
                    f"| {h['rps'] / s['tps'] if s['tps'] else 0:.2f} | {h['rps'] / l['tps'] if l['tps'] else 0:.2f} "
                    f"| {h['p99'] / l['p99'] if l['p99'] else 0:.2f} | {k[0]:,} of {h['requests']:,} requests, {k[1]:,}, {k[2]:,} |")
    rows.append(f"| **median** | **{m['rps']:.0f}** | {m['p50']:.1f} ms | **{m['p99']:.1f} ms** | **{m['same_tps']:.0f}** | {m['same_p50']:.1f} ms "
                f"| {m['same_p99']:.1f} ms | **{m['least_tps']:.0f}** | {m['least_p50']:.1f} ms | **{m['least_p99']:.1f} ms** "
                f"| **{m['rps'] / m['same_tps']:.2f}** | **{m['rps'] / m['least_tps']:.2f}** | **{m['p99'] / m['least_p99']:.2f}** | |")
    errors = (sum(r["errors"] for r in http) + sum(r["failed"] + r["aborted"] for r in same)
              + sum(r["failed"] + r["aborted"] for r in least))
    problems = "".join(f" wrk socket errors in round {i}: {h['socket_errors']}." for i, h in enumerate(http, 1) if h["socket_errors"])
    return rows, m, errors, problems


def verdict(ratio, p99_ratio, against):
    return (f"against {against}: **HTTP / pgbench = {ratio:.2f}** (target at least {RATE_TARGET}: "
            f"**{'met' if ratio >= RATE_TARGET else 'MISSED'}**), **HTTP p99 / pgbench p99 = {p99_ratio:.2f}** "
            f"(target at most {P99_TARGET}: **{'met' if p99_ratio <= P99_TARGET else 'MISSED'}**)")


out = ["## Hours bank bookings over HTTP against pgbench" + (" on a national-sized database" if scale else "") + "\n"]
if scale:
    seconds_seeding = open(f"{work}/scale-seed-seconds.txt").read().strip()
    out.append(f"The database (`bench/sql/scale-seed.sql`, on top of the demo data): {int(scale['councils']):,} councils (the demo's and the added ones), "
               f"{int(scale['people']):,} people, {int(scale['lots']):,} weekly lots and **{int(scale['ledger_rows']):,} hours "
               f"ledger entries** over two years, in {scale['ledger_partitions']} partitions of the ledger (one a month and "
               f"the DEFAULT one, which holds {int(scale['ledger_default_rows']):,} rows); the ledger and its indexes take "
               f"{scale['ledger_size']}, this month's partition {int(scale['this_month_rows']):,} rows. Seeding took "
               f"{seconds_seeding} s (set-based SQL in the database, month by month, then VACUUM ANALYZE). The seed leaves every "
               f"plan to be settled for the week by the portal's hours bank tick: by the end, {int(scale['plans_settled']):,} of "
               f"{int(scale['plans']):,} plans were settled for this week, and the portal's log has "
               f"{open(f'{work}/scale-tick-failures.txt').read().strip()} failed ticks. The people who "
               f"book are in Coventry, among the councils' 2 years of history. The scale targets: p99 at most 50 ms and "
               f"HTTP at least 0.7 of pgbench on the portal's own transaction.\n")
out.append(f"`POST /api/people/{{personId}}/bookings` ({minutes}-minute sessions on {first_date} to {last_date}, start times "
           f"07:00–21:30) by service users with their own bearer tokens (signed in once); wrk -t{connections} -c{connections} "
           f"-d{seconds}s, one connection per wrk thread, each booking for its own person. Baseline: pgbench -M prepared "
           f"-c{connections} -T{seconds}, twice: running the portal's own transaction ({statements} statements from BEGIN to COMMIT: the "
           f"statements PostgreSQL logged for one booking over HTTP and for one pgbench transaction were checked equal), each "
           f"client for its own person), and running the minimal transaction (`bench/sql/hours-booking-minimal.pgbench`: lock "
           f"the plan, insert the booking, draw the lot, write the ledger entry and the audit event, one statement each, "
           f"acting for the council once per connection), against the same embedded PostgreSQL (fsync and synchronous_commit "
           f"on). The three run one after the other, {rounds} rounds, after a warm-up of each; medians over the rounds; "
           f"pgbench's p50 and p99 come from its per-transaction log. Targets (issue #15): HTTP at least {RATE_TARGET} of "
           f"the minimal transaction's rate, and HTTP's p99 at most {P99_TARGET} times the minimal transaction's p99 in the "
           f"same run; the same ratios against the portal's own transaction show what the HTTP path costs on top of its SQL.\n")
load = [open(f"{work}/hours-load-{when}.txt").read().strip() for when in ("before", "after")]
out.append(f"Load average (1, 5, 15 min) when the warm-up began: {load[0]} (above about 1, something else was running on "
           f"the 2 cores); after the last round: {load[1]}.\n")
warmup = [float(line) for line in open(f"{work}/hours-wrk-warmup.txt") if line.strip()]
out.append("Warm-up of the portal, 10 s rounds until the rate had not beaten its best by 5 % for two rounds: "
           + " → ".join(f"{r:.0f}" for r in warmup) + " bookings/s.\n")

results = {}
for variant, title in (("each", f"### {people} people, one per connection (bookings of different people do not wait for each other)"),
                       ("one", f"### One person, all {connections} connections (every booking waits for that person's plan row)"),
                       ("each-split", f"### {people} people, one per connection, PostgreSQL on a core of its own")):
    if variant not in variants:
        continue
    rows, m, errors, problems = section(variant)
    results[variant] = m
    out.append(title + "\n")
    out.extend(rows)
    out.append("")
    least = verdict(m["rps"] / m["least_tps"], m["p99"] / m["least_p99"], "the minimal transaction")
    same = verdict(m["rps"] / m["same_tps"], m["p99"] / m["same_p99"], "the portal's own transaction")
    layout = ("The same bookings with PostgreSQL on core 0 alone and the portal, wrk and pgbench on core 1 (`taskset`), as in "
              "production, where the database has a server of its own: the portal's CPU no longer takes the database's, and "
              "pgbench's clients share core 1 as wrk and the portal do. " if variant == "each-split" else "")
    if variant != "one" and scale:
        ratio = m["rps"] / m["same_tps"]
        text = (layout + f"The scale targets{' in this layout' if layout else ''}, against the portal's own transaction: "
                f"**HTTP / pgbench = {ratio:.2f}** (target at least 0.7: **{'met' if ratio >= 0.7 else 'MISSED'}**), "
                f"**p99 {m['p99']:.1f} ms** (target at most 50 ms: **{'met' if m['p99'] <= 50 else 'MISSED'}**; pgbench's own "
                f"p99 on that transaction {m['same_p99']:.1f} ms). For comparison, {least}. ")
    elif variant != "one":
        text = layout + f"The issue's targets{' in this layout' if layout else ''}, {least}. For comparison, {same}. "
    else:
        text = f"No target (this measures the serialisation on one plan row): {least}; {same}. ".replace("**", "")
    out.append(text + (f"Errors: {errors} non-2xx responses or failed/aborted pgbench runs." if errors else "No errors.") + problems)
    out.append("")

check = json.load(open(f"{work}/hours-check.json"))
facts = dict(line.split() for line in open(f"{work}/hours-consistency.txt") if line.strip())
mismatches = len(check.get("mismatches", []))
ok = (mismatches == 0 and facts["lots_below_zero"] == "0" and facts["bookings_without_one_draw"] == "0"
      and facts["minutes_booked_vs_drawn"] == "0" and facts["bench_bookings"] == facts["bench_booked_audit"])
out.append(f"After the run: ledger check as `admin@coventry.demo` (`GET /api/hours-bank/check`): {check.get('lotsChecked', check.get('lots', '?'))} "
           f"lots, **{mismatches} mismatches**; lots below zero: **{facts['lots_below_zero']}**; {int(facts['bench_bookings']):,} bookings "
           f"of the benchmark's people, {int(facts['bench_booking_draws']):,} booking draws in the ledger, {int(facts['bench_booked_audit']):,} "
           f"HOURS_BOOKED audit events; bookings whose draws do not add up to their minutes: {facts['bookings_without_one_draw']}; "
           f"minutes booked minus minutes drawn from the lots: {facts['minutes_booked_vs_drawn']}. "
           + ("**Consistent.**" if ok else "**INCONSISTENT: see bench/work/hours-check.json and hours-consistency.txt.**"))
out.append("")
out.append("<details><summary>The booking transaction (as the portal sent it)</summary>\n\n```sql")
text = open(f"{work}/hours-sql-check.txt").read()
out.append(text.split("-- pgbench")[0].strip())
out.append("```\n</details>\n")
out.append("<details><summary>The minimal transaction (bench/sql/hours-booking-minimal.pgbench)</summary>\n\n```sql")
script = [line.strip() for line in open("bench/sql/hours-booking-minimal.pgbench")]
begin = script.index("BEGIN;")
out.extend(script[begin:script.index("COMMIT;", begin) + 1])
out.append("```\n</details>\n")
each = results["each"]
line = (f"RESULT hours_http_bps={each['rps']:.1f} hours_pgbench_tps={each['same_tps']:.1f} hours_minimal_tps={each['least_tps']:.1f} "
        f"hours_ratio={each['rps'] / each['same_tps']:.3f} hours_minimal_ratio={each['rps'] / each['least_tps']:.3f} "
        f"hours_p99_ms={each['p99']:.1f} hours_pgbench_p99_ms={each['same_p99']:.1f} hours_minimal_p99_ms={each['least_p99']:.1f} "
        f"hours_minimal_p99_ratio={each['p99'] / each['least_p99']:.2f}")
if "one" in results:
    one = results["one"]
    line += (f" hours_one_http_bps={one['rps']:.1f} hours_one_pgbench_tps={one['same_tps']:.1f} hours_one_minimal_tps={one['least_tps']:.1f} "
             f"hours_one_p99_ms={one['p99']:.1f}")
if "each-split" in results:
    split = results["each-split"]
    line += (f" hours_split_http_bps={split['rps']:.1f} hours_split_minimal_tps={split['least_tps']:.1f} "
             f"hours_split_minimal_ratio={split['rps'] / split['least_tps']:.3f} "
             f"hours_split_minimal_p99_ratio={split['p99'] / split['least_p99']:.2f}")
if scale:
    line += f" scale_councils={scale['councils']} scale_ledger_rows={scale['ledger_rows']} scale_seed_s={seconds_seeding}"
out.append(line + f" hours_consistent={str(ok).lower()}")
print("\n".join(out))
