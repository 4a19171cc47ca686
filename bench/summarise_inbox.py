"""Turns the inbox benchmark's wrk and pgbench outputs (bench/work) into a Markdown section. Used by bench/run."""
import re
import statistics
import sys

work, rounds, inbox, background, body_bytes, connections, threads, seconds = sys.argv[1:9]
rounds = int(rounds)


def millis(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(path):
    text = open(path).read()
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))}
    for percentile in ("50", "99"):
        result["p" + percentile] = millis(re.search(r"^\s+" + percentile + r"%\s+(\S+)", text, re.M).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket_errors = re.search(r"Socket errors: (.*)", text)
    result["errors"] = (int(errors.group(1)) if errors else 0)
    result["socket_errors"] = socket_errors.group(1).strip() if socket_errors else ""
    return result


def pgbench(path):
    text = open(path).read()
    result = {"tps": float(re.search(r"^tps = ([\d.]+)", text, re.M).group(1)),
              "latency": float(re.search(r"^latency average = ([\d.]+) ms", text, re.M).group(1))}
    failed = re.search(r"number of failed transactions: (\d+)", text)
    result["failed"] = int(failed.group(1)) if failed else 0
    return result


http = [wrk(f"{work}/wrk-{i}.txt") for i in range(1, rounds + 1)]
sql = [pgbench(f"{work}/pgbench-{i}.txt") for i in range(1, rounds + 1)]
rps = statistics.median(r["rps"] for r in http)
tps = statistics.median(r["tps"] for r in sql)
ratio = rps / tps
p50 = statistics.median(r["p50"] for r in http)
p99 = statistics.median(r["p99"] for r in http)
errors = sum(r["errors"] for r in http) + sum(r["failed"] for r in sql)

out = []
out.append(f"## Offers inbox over HTTP against pgbench\n")
out.append(f"`GET /api/offers` as `provider@coventry.demo` (a bearer token from `POST /login`, signed in once), answering "
           f"{inbox} pending offers ({int(body_bytes):,} bytes of JSON) out of {int(background) * 2 + int(inbox):,} offers in the "
           f"database; wrk -t{threads} -c{connections} -d{seconds}s. Baseline: pgbench -M prepared -c{connections} -j{threads} "
           f"-T{seconds} running the statement the portal sent (captured from PostgreSQL's log, run as portal_app acting for the provider's councils, as the portal's pool does) with the same provider, generic plans "
           f"(`plan_cache_mode=force_generic_plan`: the plan the portal's pooled connections settle on), against "
           f"the same embedded PostgreSQL. The two run one after the other, {rounds} rounds, after a warm-up of each; "
           f"medians over the rounds.\n")
warmup = [float(line) for line in open(f"{work}/wrk-warmup.txt") if line.strip()]
out.append(f"Warm-up of the portal, 10 s rounds until the rate had not beaten its best by 5 % for two rounds: "
           + " → ".join(f"{r:.0f}" for r in warmup) + " req/s.\n")
out.append("| round | HTTP req/s | p50 | p99 | pgbench tx/s | pgbench latency avg | HTTP / pgbench |")
out.append("|---|---:|---:|---:|---:|---:|---:|")
for i, (h, s) in enumerate(zip(http, sql), 1):
    out.append(f"| {i} | {h['rps']:.0f} | {h['p50']:.1f} ms | {h['p99']:.1f} ms | {s['tps']:.0f} | {s['latency']:.1f} ms | "
               f"{h['rps'] / s['tps']:.2f} |")
out.append(f"| **median** | **{rps:.0f}** | {p50:.1f} ms | **{p99:.1f} ms** | **{tps:.0f}** | | **{ratio:.2f}** |")
out.append("")
out.append(f"**HTTP / pgbench = {ratio:.2f}** against the 0.5 target: **{'met' if ratio >= 0.5 else 'MISSED'}**."
           + (f" Errors: {errors} non-2xx responses or failed transactions." if errors else " No errors.")
           + "".join(f" wrk socket errors in round {i}: {h['socket_errors']}." for i, h in enumerate(http, 1) if h["socket_errors"]))
out.append("")
def execution(path):
    text = open(path).read()
    return float(re.search(r"Execution Time: ([\d.]+) ms", text).group(1)), text.rstrip()


generic_ms, generic_plan = execution(f"{work}/inbox-explain.txt")
custom_ms, custom_plan = execution(f"{work}/inbox-explain-custom.txt")
out.append(f"EXPLAIN ANALYZE of the statement once the load is over: {generic_ms:.2f} ms with the generic plan (the one measured), "
           f"{custom_ms:.2f} ms with the custom plan PostgreSQL makes for literal values (and for a connection's first 5 executions).\n")
for title, plan in (("generic plan", generic_plan), ("custom plan", custom_plan)):
    out.append(f"<details><summary>EXPLAIN ANALYZE, {title}</summary>\n\n```")
    out.append(plan)
    out.append("```\n</details>\n")
out.append(f"RESULT inbox_http_rps={rps:.1f} inbox_pgbench_tps={tps:.1f} inbox_ratio={ratio:.3f} inbox_p99_ms={p99:.1f}")
print("\n".join(out))
