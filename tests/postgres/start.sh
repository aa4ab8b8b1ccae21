#!/bin/sh
# CTest fixture: a throwaway PostgreSQL 15 cluster on loopback for the tests
# labelled "postgres". Writes its URL to $1/url; stop.sh removes it.
set -eu
state=$1
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt install postgresql-15)" >&2; exit 1; }
mkdir -p "$state"
# A cluster this state still names (ctest --repeat runs the fixture's setup again
# before its cleanup): stopped first, or it would be left running, unnamed.
[ -f "$state/cluster" ] && "$(dirname "$0")/stop.sh" "$state"
# The cluster lives under /tmp: the postgres account must be able to reach it.
cluster=$(mktemp -d /tmp/guichet-pg.XXXXXX)
echo "$cluster" > "$state/cluster"
run() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$cluster"
chmod 700 "$cluster"
run "$bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 >"$cluster/initdb.log" 2>&1 \
    || { cat "$cluster/initdb.log" >&2; exit 1; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# fsync off: a throwaway cluster for tests, speed over durability.
run "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
    -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
echo "postgresql://postgres@127.0.0.1:$port/postgres" > "$state/url"
echo "PostgreSQL test cluster on port $port"
