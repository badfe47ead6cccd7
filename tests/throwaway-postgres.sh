# Sourced by test.sh and bench/run.sh: starts a throwaway PostgreSQL 15 cluster on a free loopback port,
# exports FAIRNOTICE_TEST_PG, and stops and removes it on exit. Needs the caller's `say` and `need_apt`.
PGBIN=/usr/lib/postgresql/15/bin
pgdir=""
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() {
  if [ -n "$pgdir" ]; then
    (cd / && run_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1)
    rm -rf "$pgdir"
  fi
}
start_throwaway_postgres() {
  if [ ! -x "$PGBIN/initdb" ]; then
    say "installing postgresql-15"
    need_apt postgresql-15 || { say "could not install PostgreSQL 15"; return 1; }
  fi
  pgdir=$(mktemp -d /tmp/fairnotice-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$pgdir"
  trap stop_pg EXIT
  (cd / && run_pg "$PGBIN/initdb" -D "$pgdir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null) \
    || { say "initdb failed"; return 1; }
  local port=55432
  while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done
  (cd / && run_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $pgdir -c fsync=off -c synchronous_commit=off -c max_connections=300" start >/dev/null) \
    || { say "PostgreSQL did not start"; cat "$pgdir/server.log"; return 1; }
  export FAIRNOTICE_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=true"
  say "PostgreSQL 15 on port $port"
}
