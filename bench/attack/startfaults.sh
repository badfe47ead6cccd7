#!/bin/bash
# Each case: the built server in Production, stderr's lines and the exit code.
run() { # label, args...
  label=$1; shift
  out=$(cd /tmp/sec3/app && ASPNETCORE_ENVIRONMENT=Production timeout 120 dotnet FairNotice.Web.dll --contentRoot /tmp/sec3/app --urls http://127.0.0.1:0 \
        --Audit:Directory /tmp/sec3/prodkeys --Antivirus:RunWithoutScanner true "$@" 2>/tmp/sec3/sf.err >/tmp/sec3/sf.out; echo $?)
  lines=$(grep -c . /tmp/sec3/sf.err); trace=$(grep -c "   at " /tmp/sec3/sf.err /tmp/sec3/sf.out | awk -F: '{s+=$2} END {print s}')
  echo "$label | exit $out | stderr lines $lines | stack frames $trace | $(head -c 300 /tmp/sec3/sf.err | tr '\n' ' ')"
}
touch /tmp/sec3/afile
run "no Site:PublicBaseUrl" --Database:ConnectionString "Data Source=/tmp/sec3/sf1.db"
run "missing database folder" --Site:PublicBaseUrl https://notices.example.org --Database:ConnectionString "Data Source=/tmp/sec3/nowhere/x/fair.db"
run "database folder is a file" --Site:PublicBaseUrl https://notices.example.org --Database:ConnectionString "Data Source=/tmp/sec3/afile/fair.db"
run "read-only database" --Site:PublicBaseUrl https://notices.example.org --Database:ConnectionString "Data Source=/tmp/sec3/sf-ro.db;Mode=ReadOnly"
run "PostgreSQL unreachable (password given)" --Site:PublicBaseUrl https://notices.example.org --Database:Provider Postgres --Database:ConnectionString "Host=127.0.0.1;Port=1;Username=u;Password=s3cret-never;Timeout=3"
run "PostgreSQL wrong password" --Site:PublicBaseUrl https://notices.example.org --Database:Provider Postgres --Database:ConnectionString "Host=127.0.0.1;Port=56000;Username=nosuchrole;Password=s3cret-never;Database=x;Timeout=5"
run "Site:PublicBaseUrl not a URL" --Site:PublicBaseUrl "not a url" --Database:ConnectionString "Data Source=/tmp/sec3/sf2.db"
run "Site:PublicBaseUrl javascript:" --Site:PublicBaseUrl "javascript:alert(1)" --Database:ConnectionString "Data Source=/tmp/sec3/sf2.db"
run "demo mode on in Production" --Site:PublicBaseUrl https://notices.example.org --Demo:Enabled true --Database:ConnectionString "Data Source=/tmp/sec3/sf3.db"
run "no audit keys folder" --Site:PublicBaseUrl https://notices.example.org --Audit:Directory /tmp/sec3/nokeys --Database:ConnectionString "Data Source=/tmp/sec3/sf4.db"
run "no scanner, no switch" --Site:PublicBaseUrl https://notices.example.org --Antivirus:RunWithoutScanner false --Database:ConnectionString "Data Source=/tmp/sec3/sf5.db"
run "port already in use" --Site:PublicBaseUrl https://notices.example.org --urls http://127.0.0.1:5763 --Database:ConnectionString "Data Source=/tmp/sec3/sf6.db"
run "create-admin without Site:PublicBaseUrl" accounts create-admin --email ops@example.org --name Ops --Database:ConnectionString "Data Source=/tmp/sec3/sf7.db"
