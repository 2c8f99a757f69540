#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (issue 16): `start STATE` runs initdb into a new
# temporary folder, starts the server on a free port of 127.0.0.1 and writes its URL to the
# file STATE; `stop STATE` stops it and removes the folder. initdb refuses to run as root, so
# as root the cluster belongs to the unprivileged `postgres` user the Debian package creates.
# The cluster is for tests only: no fsync, trust authentication, listening on localhost.
set -euo pipefail

command=${1:-}
state=${2:-}
if [ -z "$command" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop STATE_FILE" >&2
    exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "PostgreSQL server programs not found (apt-get install postgresql)." >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_cluster() {
    [ -f "$state" ] || return 0
    local dir
    dir=$(sed -n 2p "$state")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in /tmp/mestring-pgtest.*) rm -rf "$dir" ;; esac
    rm -f "$state"
}

case "$command" in
start)
    stop_cluster # a cluster left by an interrupted run
    dir=$(mktemp -d /tmp/mestring-pgtest.XXXXXX)
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    as_owner "$bindir/initdb" -D "$dir/data" -U mestring_test --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync --no-instructions >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        exit 1
    }
    # The tests' administrator needs no password; every other login (a staff member's own,
    # issue 17) is checked as on a centre's server, so a wrong password is refused.
    cat >"$dir/data/pg_hba.conf" <<HBA
local all mestring_test trust
host  all mestring_test 127.0.0.1/32 trust
local all all scram-sha-256
host  all all 127.0.0.1/32 scram-sha-256
HBA
    # Durability is not what these tests are about; speed is (each test its own database).
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
shared_buffers = 128MB
max_locks_per_transaction = 256
CONF
    started=no
    for attempt in $(seq 1 25); do
        port=$((20000 + (RANDOM % 30000)))
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 \
            start >/dev/null 2>&1; then
            started=yes
            break
        fi
        # Only a port someone else holds is worth another try.
        grep -q "could not bind\|could not create any TCP/IP sockets" "$dir/server.log" || break
    done
    if [ "$started" != yes ]; then
        cat "$dir/server.log" >&2 || true
        rm -rf "$dir"
        exit 1
    fi
    printf 'postgresql://mestring_test@127.0.0.1:%s/postgres\n%s\n' "$port" "$dir" >"$state"
    echo "PostgreSQL test cluster on port $port in $dir"
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: $0 start|stop STATE_FILE" >&2
    exit 2
    ;;
esac
