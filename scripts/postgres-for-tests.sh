# Sourced by test-all.sh: a private PostgreSQL cluster on loopback for the question-log contract suite.
# Sets TEST_DATABASE_URL; the cluster lives in a temp dir and is removed on exit.
start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_TEST_DIR=$(mktemp -d /tmp/taiwa-pg.XXXXXX)
  local port=54329
  local run_as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$PG_TEST_DIR"
    # runuser lives in /usr/sbin, which a login shell's PATH may leave out.
    local runuser_bin
    runuser_bin=$(command -v runuser || ls /usr/sbin/runuser /sbin/runuser 2>/dev/null | head -n 1)
    run_as=("$runuser_bin" -u postgres --)
  fi
  "${run_as[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U taiwa --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run_as[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c fsync=off" start >/dev/null
  "${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U taiwa taiwa_test
  export TEST_DATABASE_URL="postgres://taiwa@127.0.0.1:$port/taiwa_test"
  PG_TEST_BIN="$bin"
  PG_TEST_RUN_AS=("${run_as[@]}")
}

stop_test_postgres() {
  [ -n "${PG_TEST_DIR:-}" ] || return 0
  "${PG_TEST_RUN_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
}
