"""The load of bench/ready: sign-ins, then API calls, from a few threads; prints how many of each succeeded.

usage: burst.py <base url> <sign-ins> <api calls> <password> <user> [<user> ...]
With sign-ins > 0 the users are the portal's (POST /login, then GETs a signed-in person of each role makes: their
own account, the commissioner's packages and market, the provider's offers, the person's notifications). With 0
sign-ins the calls are GET /health (the baseline, which has nothing else).
"""
import json
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base, sign_ins, calls, password, users = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5:]
THREADS = 8
# What each role reads; a path the role may not read (found on the first sign-in of each user) is left out and said.
READS = {"commissioner": ["/api/me", "/api/packages", "/api/market"], "provider": ["/api/me", "/api/offers", "/api/care-packages"],
         "person": ["/api/me", "/api/notifications"], "admin": ["/api/me", "/api/zones", "/api/rates"]}


def request(path, body=None, token=None):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(urllib.request.Request(base + path, data=data, headers=headers), timeout=60) as answer:
        return answer.status, answer.read()


def sign_in(n):
    user = users[n % len(users)]
    status, body = request("/login", {"username": user, "password": password})
    return user, json.loads(body)["access_token"]


def readable(user, token):
    paths = []
    for path in READS[user.split("@")[0]]:
        try:
            request(path, token=token)
            paths.append(path)
        except urllib.error.HTTPError as refused:
            print(f"{user} may not read {path} ({refused.code}): left out", file=sys.stderr)
    return paths


def read(n, tokens, paths):
    if not tokens:
        return request("/health")[0]
    user, token = tokens[n % len(tokens)]
    mine = paths[user]
    return request(mine[(n // len(tokens)) % len(mine)], token=token)[0]


with ThreadPoolExecutor(THREADS) as pool:
    signed_in = list(pool.map(sign_in, range(sign_ins)))
    tokens = list({user: (user, token) for user, token in signed_in}.values())
    paths = {user: readable(user, token) for user, token in tokens}
    statuses = list(pool.map(lambda n: read(n, tokens, paths), range(calls)))
ok = sum(1 for s in statuses if s == 200)
print(f"{len(signed_in)} {ok}")
if ok != calls or len(signed_in) != sign_ins:
    sys.exit(f"only {len(signed_in)} of {sign_ins} sign-ins and {ok} of {calls} calls succeeded")
