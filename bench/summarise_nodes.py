"""Turns the several-nodes benchmark's outputs (bench/work/nodes-*) into a Markdown section. Used by bench/run nodes."""
import os
import re
import statistics
import sys

work, rounds, reps, lapsed, connections, seconds, tick = sys.argv[1:8]
rounds, reps, lapsed = int(rounds), int(reps), int(lapsed)


def millis(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(path):
    text = open(path).read()
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))}
    for percentile in ("50", "99"):
        result["p" + percentile] = millis(re.search(r"^\s+" + percentile + r"%\s+(\S+)", text, re.M).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    result["errors"] = int(errors.group(1)) if errors else 0
    return result


def read(name):
    return open(os.path.join(work, name)).read().strip()


figures = {}
for nodes in (1, 2):
    cascade = [float(read(f"nodes-cascade-{nodes}-{rep}.txt")) for rep in range(1, reps + 1)]
    runs = [wrk(os.path.join(work, f"nodes-wrk-{nodes}-{r}.txt")) for r in range(1, rounds + 1)]
    made = [int(read(f"nodes-made-{nodes}-{r}.txt")) for r in range(1, rounds + 1)]
    figures[nodes] = {
        "cascade": cascade, "cascade_s": statistics.median(cascade), "cascade_rate": lapsed / statistics.median(cascade),
        # Bookings a second as the database counts them (wrk's rate would count refusals too).
        "runs": runs, "made": made, "rps": statistics.median(m / int(seconds) for m in made),
        "wrk_rps": statistics.median(r["rps"] for r in runs),
        "p50": statistics.median(r["p50"] for r in runs), "p99": statistics.median(r["p99"] for r in runs),
        "errors": sum(r["errors"] for r in runs),
    }
one, two = figures[1], figures[2]
cascade_ratio = two["cascade_rate"] / one["cascade_rate"]
booking_ratio = two["rps"] / one["rps"]
below_zero = read("nodes-lots-below-zero.txt")
cores = os.cpu_count()
load = open("/proc/loadavg").read().split()[:3]

print(f"""## Several nodes on one PostgreSQL: the cascade and bookings, one node against two

**This machine has {cores} cores** (load average at the end of the run: {load[0]} / {load[1]} / {load[2]} over 1 / 5 / 15
minutes; anything above {cores} means other work shared the cores and the figures are low and noisy; compare the ratios).
Both nodes, PostgreSQL, HAProxy and wrk share them, so a second node adds no
processor: the ratio says what coordination through PostgreSQL costs or saves when the hardware stays the same,
not what a second machine would add. On two machines (or more cores) the nodes' own work (JSON, JWT, the pool,
the cascade's statements) would run side by side.

Layout: one PostgreSQL (the demo database served by `platform.DemoDatabaseServer`), portal nodes in production mode
(`java -jar`, `DATASOURCES_DEFAULT_URL`, one shared `JWT_SECRET`, the notifier off), and HAProxy in front of them
with round robin per request, as `deploy/haproxy.cfg` (one HAProxy thread). The one-node run goes through HAProxy
too, so both pay the same hop.

* **Cascade:** {lapsed:,} packages whose PRIMARY windows close at one moment, moved by the nodes' own scheduled
  ticks (every {tick}; each tick claims batches of 5,000 with `FOR UPDATE SKIP LOCKED`, so two nodes take different
  batches); timed from the moment the windows close until none is left in PRIMARY (polled every 50 ms), {reps}
  times each. Every time, every package moved exactly once (SECONDARY, version 1, one ENTERED_SECONDARY audit event).
* **Bookings:** `wrk -t{connections} -c{connections} -d{seconds}s -s bench/hours.lua` through HAProxy, each
  connection booking for its own person (as `bench/run hours`, set `each`), {rounds} rounds after a warm-up. A
  request waits up to `NODES_POOL_WAIT_MS` for a pooled connection (production: 2 s) so that a busy machine slows
  bookings down instead of refusing them; bookings a second are those the database counts.

| | 1 node | 2 nodes | 2 nodes / 1 node |
|---|---:|---:|---:|
| cascade: seconds for {lapsed:,} packages (median of {reps}) | {one['cascade_s']:.2f} | {two['cascade_s']:.2f} | |
| cascade: packages a second | {one['cascade_rate']:,.0f} | {two['cascade_rate']:,.0f} | **{cascade_ratio:.2f}** |
| bookings a second, made in the database (median of {rounds} rounds) | {one['rps']:,.0f} | {two['rps']:,.0f} | **{booking_ratio:.2f}** |
| requests a second, as wrk counts them (refusals too) | {one['wrk_rps']:,.0f} | {two['wrk_rps']:,.0f} | |
| booking p50 / p99 latency, ms | {one['p50']:.1f} / {one['p99']:.1f} | {two['p50']:.1f} / {two['p99']:.1f} | |
| non-2xx answers | {one['errors']} | {two['errors']} | |

Each repetition and round:

| nodes | cascade seconds | wrk requests/s per round | bookings made per round (counted in the database) |
|---|---|---|---|""")
for nodes in (1, 2):
    f = figures[nodes]
    cascade = ", ".join("%.2f" % c for c in f["cascade"])
    rates = ", ".join("{:,.0f}".format(r["rps"]) for r in f["runs"])
    made = ", ".join("{:,}".format(m) for m in f["made"])
    print(f"| {nodes} | {cascade} | {rates} | {made} |")
print(f"""
Lots below zero after both runs: {below_zero}.

RESULT nodes_cores={cores} cascade_1={one['cascade_rate']:.0f} cascade_2={two['cascade_rate']:.0f} cascade_ratio={cascade_ratio:.2f} \
bookings_1={one['rps']:.0f} bookings_2={two['rps']:.0f} bookings_ratio={booking_ratio:.2f}""")
