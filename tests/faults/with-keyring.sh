#!/usr/bin/env bash
# Runs a test binary in a private HOME (and XDG folders) with its own D-Bus session and an unlocked
# gnome-keyring Secret Service, then removes the HOME. Usage: with-keyring.sh BINARY [ARGS...]
set -euo pipefail
if [ -z "${FRONTDESK_IN_KEYRING_SESSION:-}" ]; then
    home=$(mktemp -d /tmp/frontdesk-secrets-home.XXXXXX)
    trap 'rm -rf "$home"' EXIT
    export HOME=$home FRONTDESK_PRIVATE_HOME=$home FRONTDESK_IN_KEYRING_SESSION=1
    export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache XDG_STATE_HOME=$home/state
    export XDG_RUNTIME_DIR=$home/runtime
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    unset FRONTDESK_DATABASE_URL
    dbus-run-session -- bash "$0" "$@"
    exit $?
fi
echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
