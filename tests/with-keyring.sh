#!/bin/sh
# Run a test inside a private D-Bus session with an unlocked GNOME keyring, so
# QtKeychain has a real Secret Service (DESIGN.md, "QtKeychain"). HOME and
# XDG_RUNTIME_DIR point to a throwaway folder: the agent's real keyring is
# never touched.
set -eu
tmp=$(mktemp -d "${TMPDIR:-/tmp}/guichet-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share"
dbus-run-session -- sh -c 'echo -n guichet-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "$@"' guichet-keyring "$@"
