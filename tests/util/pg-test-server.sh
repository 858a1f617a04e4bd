#!/usr/bin/env bash
# Starts or stops a private PostgreSQL server for the tests.
#   pg-test-server.sh start STATE_DIR   initdb into a temporary folder, listen on 127.0.0.1 on a free port,
#                                       write the admin URL to STATE_DIR/url
#   pg-test-server.sh stop STATE_DIR    stop it and delete its data
#   pg-test-server.sh halt STATE_DIR    stop it as an administrator would, keeping its data (fault tests)
#   pg-test-server.sh resume STATE_DIR  start a halted server again on the same port
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
# A watchdog stops the server by itself after FRONTDESK_TEST_PG_LIFETIME seconds (default 2 hours) in case
# the test run that started it was killed before its cleanup.
set -euo pipefail

command=${1:?usage: pg-test-server.sh start|stop|halt|resume STATE_DIR}
state=${2:?usage: pg-test-server.sh start|stop|halt|resume STATE_DIR}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-test-server: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_server() {
    [ -f "$state/datadir" ] || return 0
    local data
    data=$(cat "$state/datadir")
    if [ -f "$data/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$data/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data"
    rm -f "$state/datadir" "$state/url"
}

start_on() { # DATA PORT
    as_owner "$bindir/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 30 start -o \
        "-c listen_addresses=127.0.0.1 -p $2 -k $1 -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=300 -c lc_messages=C" >/dev/null 2>&1
}

# The watchdog: gone as soon as the server is; otherwise stops it when its time is up.
start_watchdog() { # DATA
    local lifetime=${FRONTDESK_TEST_PG_LIFETIME:-7200}
    nohup bash -c "for i in \$(seq $lifetime); do sleep 1; [ -f '$1/data/postmaster.pid' ] || exit 0; done; \
        $( [ "$(id -u)" = 0 ] && echo 'runuser -u postgres --' ) '$bindir/pg_ctl' -D '$1/data' -m immediate stop; \
        rm -rf '$1'" >/dev/null 2>&1 &
}

case "$command" in
start)
    if [ -n "${FRONTDESK_TEST_PG_URL:-}" ]; then
        echo "pg-test-server: using FRONTDESK_TEST_PG_URL"
        exit 0
    fi
    mkdir -p "$state"
    stop_server
    data=$(mktemp -d /tmp/frontdesk-pg.XXXXXX)
    chmod 755 "$data"
    password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
    printf '%s\n' "$password" > "$data/pwfile"
    if [ "$(id -u)" = 0 ]; then chown -R postgres: "$data"; fi
    echo "$data" > "$state/datadir"
    as_owner "$bindir/initdb" -D "$data/data" -U ftadmin --pwfile="$data/pwfile" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$data/initdb.log" 2>&1 \
        || { cat "$data/initdb.log" >&2; exit 1; }
    rm -f "$data/pwfile"
    started=0
    for attempt in $(seq 1 20); do
        port=$(( 20000 + (RANDOM % 20000) ))
        if start_on "$data" "$port"; then
            started=1
            break
        fi
    done
    if [ "$started" != 1 ]; then
        echo "pg-test-server: the server did not start; its log:" >&2
        cat "$data/server.log" >&2 || true
        exit 1
    fi
    echo "postgresql://ftadmin:$password@127.0.0.1:$port/postgres" > "$state/url"
    chmod 600 "$state/url"
    start_watchdog "$data"
    echo "pg-test-server: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    ;;
halt)
    data=$(cat "$state/datadir")
    as_owner "$bindir/pg_ctl" -D "$data/data" -m fast -w stop >/dev/null
    echo "pg-test-server: halted"
    ;;
resume)
    data=$(cat "$state/datadir")
    port=$(sed -E 's|.*:([0-9]+)/[^/]*$|\1|' "$state/url")
    start_on "$data" "$port" || { cat "$data/server.log" >&2; exit 1; }
    start_watchdog "$data"
    echo "pg-test-server: resumed on 127.0.0.1:$port"
    ;;
stop)
    stop_server
    echo "pg-test-server: stopped"
    ;;
*)
    echo "usage: pg-test-server.sh start|stop|halt|resume STATE_DIR" >&2
    exit 2
    ;;
esac
