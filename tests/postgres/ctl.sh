#!/bin/sh
# Stop or start again a cluster that start.sh made (tests that restart
# PostgreSQL under a running server): ctl.sh STATE stop|start.
# "stop" is a fast shutdown (what a restart or a failover does to clients:
# sessions terminated, 57P01); "start" brings it back on the same port.
set -eu
state=$1
action=$2
cluster=$(cat "$state/cluster")
port=$(sed -n 's|.*:\([0-9]*\)/.*|\1|p' "$state/url")
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
run() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
    stop) run "$bin/pg_ctl" -D "$cluster/data" -m fast -w -t 60 stop >/dev/null ;;
    start)
        run "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
            -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
            start >/dev/null ;;
    *) echo "ctl.sh: stop or start" >&2; exit 2 ;;
esac
