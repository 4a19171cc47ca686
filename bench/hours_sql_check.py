"""Checks that pgbench's booking transaction is the portal's, statement for statement (used by bench/run hours).

Reads the PostgreSQL log written while log_statement=all: the portal's one booking over HTTP (the transaction of
the backend that inserted into hours_booking first) and pgbench's last transaction (pgbench -c1 -t2: the second,
after the client's one-off look-up of its person). Both are normalised (whitespace, parameters $n and the null
pgbench writes for a null parameter become ?, the one cast pgbench needs because its parameters are untyped is
dropped) and must be equal. Writes both lists; exits 1 if they differ.
usage: hours_sql_check.py <log text> <out file>
"""
import re
import sys

text = open(sys.argv[1]).read()
entry = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\w+):  (.*?)(?=^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d|\Z)", re.M | re.S)
by_backend = {}
for pid, level, message in entry.findall(text):
    match = re.match(r"(?:statement|execute [^:]+): (.*)", message, re.S)
    if level == "LOG" and match:
        by_backend.setdefault(pid, []).append(match.group(1).strip())


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
    s = " ".join(statement.split()).rstrip(";").lower()
    s = re.sub(r"\$\d+", "?", s)
    s = re.sub(r"\bnull\b", "?", s)
    return s.replace("?::integer", "?")


found = [t for pid in by_backend for t in transactions(by_backend[pid])
         if any("insert into hours_booking" in s for s in t)]
if len(found) < 2:
    sys.exit(f"Expected the portal's booking and pgbench's in the log, found {len(found)} booking transactions")
portal, pgbench = found[0], found[-1]
a, b = [normalise(s) for s in portal], [normalise(s) for s in pgbench]
with open(sys.argv[2], "w") as out:
    for title, statements in (("portal (HTTP)", portal), ("pgbench", pgbench)):
        out.write(f"-- {title}: {len(statements)} statements\n")
        out.writelines(" ".join(s.split()) + "\n" for s in statements)
    out.write("\nsame: %s\n" % (a == b))
if a != b:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            print(f"statement {i + 1} differs:\n  portal:  {x}\n  pgbench: {y}", file=sys.stderr)
            break
    else:
        print(f"portal sent {len(a)} statements, pgbench {len(b)}", file=sys.stderr)
    sys.exit(1)
print(len(a))
