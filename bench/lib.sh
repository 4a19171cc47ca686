# What the benchmarks share (sourced by bench/run and bench/ready): messages, the tools they install, the JDK
# they choose (the same choice as ./portal) and free ports.

log() { printf '\n== %s\n' "$*" >&2; }

# Installs with apt what the benchmarks need and the machine lacks; any arguments are further commands needed, each
# from the Debian package of its name (bench/run nodes: haproxy).
install_tools() {
  local missing=() tool
  command -v wrk >/dev/null || missing+=(wrk)
  command -v pgbench >/dev/null || missing+=(postgresql-client)   # Debian 12: pgbench ships in postgresql-client-15
  command -v psql >/dev/null || missing+=(postgresql-client)
  command -v curl >/dev/null || missing+=(curl)
  command -v python3 >/dev/null || missing+=(python3)
  for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if ((${#missing[@]})); then
    log "Installing ${missing[*]} (apt)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

# The same choice as ./portal: $JAVA_HOME if it is a JDK 21+, else the newest under /usr/lib/jvm.
select_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]] && (($(java_major "$JAVA_HOME/bin/java") >= 21)); then
    return
  fi
  local best="" best_version=0 candidate version
  for candidate in /usr/lib/jvm/*/; do
    [[ -x "$candidate/bin/javac" ]] || continue
    version=$(java_major "$candidate/bin/java")
    if [[ "$version" =~ ^[0-9]+$ ]] && ((version >= 21 && version > best_version)); then
      best="${candidate%/}" best_version=$version
    fi
  done
  [[ -n "$best" ]] || { echo "bench/run needs a JDK 21 or later" >&2; exit 1; }
  export JAVA_HOME="$best"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The JIT needs a while on 2 cores: runs "$@" (a wrk round) until its rate has not beaten the best so far by 5 % for two
# rounds in a row, at most $1 rounds; each rate to stderr and, one a line, to the file $2.
warm_up() {
  local most=$1 file=$2 best=0 flat=0 round current
  shift 2
  : >"$file"
  for round in $(seq "$most"); do
    current=$("$@" | sed -n 's/^Requests\/sec: *//p')
    echo "  warm-up $round: $current req/s" >&2
    echo "$current" >>"$file"
    if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) >= 1.05 * float(sys.argv[2]) else 1)' "$current" "$best"; then
      best=$current flat=0
    else
      flat=$((flat + 1))
      ((flat < 2)) || break
    fi
  done
}
