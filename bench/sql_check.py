"""Checks that a benchmark's pgbench script sends the portal's SQL, statement for statement (used by bench/run).

Reads the PostgreSQL log written while log_statement=all, and compares, after normalising both (whitespace, case,
parameters $n, pgbench variables :name and the null pgbench writes for a null parameter all become ?, and the one
cast pgbench needs because its parameters are untyped is dropped). The same normalisation is in the test suite's
BenchmarkScripts, which checks the scripts against the portal on every build.

  sql_check.py transaction <log> <out>   the portal's booking over HTTP (the transaction of the backend that
                                         inserted into hours_booking first) against pgbench's last one (pgbench
                                         -c1 -t2: the second, after the client's one-off look-up of its person)
  sql_check.py statement <log> <script> <out>
                                         the portal's offers inbox statement against the script's statement
Writes what it compared to <out>; exits 1 if they differ, else prints the number of statements.
"""
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\w+):  (.*?)(?=^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d|\Z)",
                   re.M | re.S)


def logged(text):
    by_backend = {}
    for pid, level, message in ENTRY.findall(text):
        match = re.match(r"(?:statement|execute [^:]+): (.*)", message, re.S)
        if level == "LOG" and match:
            by_backend.setdefault(pid, []).append(match.group(1).strip())
    return by_backend


def transactions(statements):
    current = None
    for statement in statements:
        word = statement.rstrip(";").strip().upper()
        if word == "BEGIN":
            current = [statement]
        elif current is not None:
            current.append(statement)
            if word == "COMMIT":
                yield current
                current = None


def normalise(statement):
    s = " ".join(statement.split()).rstrip(";").strip().lower()
    s = re.sub(r"(?<!:):[a-z_][a-z0-9_]*", "?", s)
    s = re.sub(r"\$\d+", "?", s)
    s = re.sub(r"\bnull\b", "?", s)
    return s.replace("?::integer", "?")


def compare(portal, pgbench, out):
    a, b = [normalise(s) for s in portal], [normalise(s) for s in pgbench]
    with open(out, "w") as file:
        for title, statements in (("portal (HTTP)", portal), ("pgbench", pgbench)):
            file.write(f"-- {title}: {len(statements)} statements\n")
            file.writelines(" ".join(s.split()) + "\n" for s in statements)
        file.write("\nsame: %s\n" % (a == b))
    if a != b:
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                print(f"statement {i + 1} differs:\n  portal:  {x}\n  pgbench: {y}", file=sys.stderr)
                break
        else:
            print(f"portal sent {len(a)} statements, pgbench {len(b)}", file=sys.stderr)
        sys.exit(1)
    print(len(a))


def script_statements(path):
    lines = [line.strip() for line in open(path)]
    return [line for line in lines if line and not line.startswith(("--", "\\", "select set_config("))]


if sys.argv[1] == "transaction":
    by_backend = logged(open(sys.argv[2]).read())
    found = [t for pid in by_backend for t in transactions(by_backend[pid]) if any("insert into hours_booking" in s for s in t)]
    if len(found) < 2:
        sys.exit(f"Expected the portal's booking and pgbench's in the log, found {len(found)} booking transactions")
    compare(found[0], found[-1], sys.argv[3])
elif sys.argv[1] == "statement":
    by_backend = logged(open(sys.argv[2]).read())
    portal = [s for statements in by_backend.values() for s in statements if "from offer o" in s and "limit 500" in s][:1]
    if not portal:
        sys.exit("Could not find the inbox statement in PostgreSQL's log")
    compare(portal, script_statements(sys.argv[3]), sys.argv[4])
else:
    sys.exit(__doc__)
