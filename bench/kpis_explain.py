"""The statements of one GET /api/kpis, as PostgreSQL logged them with log_min_duration_statement = 0 (used by bench/kpis).

  kpis_explain.py statements <log> <out.sql> <out.tsv>
      Writes each statement the request executed (parameters put in as literals) to <out.sql>, one
      `explain (analyze, buffers) ...;` per statement separated by `\\echo` markers, and to <out.tsv> the logged
      duration of each (ms) with the statement's first words. Tenancy's set_config and transaction control are left out.
"""
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\w+):  (.*?)(?=^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d|\Z)",
                   re.M | re.S)
EXECUTE = re.compile(r"duration: ([0-9.]+) ms\s+(?:execute [^:]+|statement): (.*)", re.S)
PARAMETER = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")
SKIP = re.compile(r"^\s*(select set_config|begin|commit|rollback|set |show |select 1\b|select version)", re.I)


def statements(text):
    by_pid = {}
    attach = {}  # pid -> whether its last LOG entry was an execute we kept (its DETAIL carries the parameters)
    for pid, level, message in ENTRY.findall(text):
        found = by_pid.setdefault(pid, [])
        if level == "LOG":
            attach[pid] = False
            match = EXECUTE.match(message.strip())
            if match and not SKIP.match(match.group(2)):
                found.append([float(match.group(1)), match.group(2).strip(), {}])
                attach[pid] = True
        elif level == "DETAIL" and attach.get(pid) and message.startswith("Parameters:"):
            found[-1][2] = dict(PARAMETER.findall(message))
            attach[pid] = False
    # The request's connection: the one that ran the time to award (KpiQueries reads the report on one connection).
    for found in by_pid.values():
        if any("percentile_disc" in body for _, body, _ in found):
            return found
    return []


def literal(sql, params):
    for number in sorted(params, key=int, reverse=True):
        sql = sql.replace("$" + number, params[number])
    return sql


def main():
    _, what, log, out_sql, out_tsv = sys.argv
    assert what == "statements"
    found = statements(open(log, encoding="utf-8", errors="replace").read())
    with open(out_sql, "w") as sql, open(out_tsv, "w") as tsv:
        for number, (ms, body, params) in enumerate(found, 1):
            first = " ".join(body.split())[:160]
            tsv.write(f"{number}\t{ms:.3f}\t{first}\n")
            sql.write(f"\\echo '=== statement {number} (logged {ms:.3f} ms)'\n")
            sql.write(f"\\echo {quote_for_echo(' '.join(body.split()))}\n")
            sql.write("explain (analyze, buffers) " + literal(body, params).rstrip().rstrip(";") + ";\n")
    print(len(found))


def quote_for_echo(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


if __name__ == "__main__":
    main()
