#!/bin/sh
# CTest fixture cleanup: stop and delete the cluster start.sh made.
set -u
state=$1
[ -f "$state/cluster" ] || exit 0
cluster=$(cat "$state/cluster")
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1
else
    "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1
fi
rm -rf "$cluster" "$state/url" "$state/cluster"
exit 0
