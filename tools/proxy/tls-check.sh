#!/usr/bin/env bash
# Starts Debian's nginx with tools/proxy/nginx-fairnotice.conf and a throwaway self-signed certificate in front of the
# built application (demo data, a temporary SQLite database), then checks with openssl s_client and curl that:
# TLS 1.0 and 1.1 are refused by the server, TLS 1.2 and 1.3 accepted, a weak (CBC, SHA-1) suite refused and a strong
# one accepted, plain HTTP redirects pages and refuses the API, HSTS is sent once, and the application sees https through
# the trusted proxy (Secure __Host- cookies). ASVS 5.0 12.1.1, 12.1.2, 12.2.1. Last line: "proxy-tls: N passed, M failed".
# Needs the solution built in Release (test.sh builds it first). Installs nginx, openssl and curl if missing.
set -uo pipefail
cd "$(dirname "$0")/../.."
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
say() { echo "[tls-check] $*"; }
passed=0; failed=0
ok() { passed=$((passed + 1)); say "ok   $1"; }
bad() { failed=$((failed + 1)); say "FAIL $1"; [ -n "${2:-}" ] && echo "$2" | head -5 | sed 's/^/       /'; }
finish() { echo "proxy-tls: $passed passed, $failed failed"; exit "$1"; }

missing=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null || missing+=(openssl)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  as_root apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { bad "could not install ${missing[*]}"; finish 1; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
DLL=src/FairNotice.Web/bin/Release/net10.0/FairNotice.Web.dll
[ -f "$DLL" ] || { bad "not built: $DLL (dotnet build FairNotice.slnx -c Release)"; finish 1; }

work=$(mktemp -d /tmp/fairnotice-tls.XXXXXX)
app_pid=""; nginx_started=""
cleanup() {
  [ -n "$nginx_started" ] && "$NGINX" -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
APP_PORT=$(free_port); HTTPS_PORT=$(free_port); HTTP_PORT=$(free_port)

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=localhost" \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null || { bad "could not make a certificate"; finish 1; }

say "starting the application on 127.0.0.1:$APP_PORT"
ASPNETCORE_ENVIRONMENT=Testing Demo__Enabled=true Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/app.db" \
  Audit__Directory="$work/audit" DataProtection__KeysDirectory="$work/keys" Budgets__TrustedProxies__0=127.0.0.1 \
  Sessions__PlainHttpCookies=false \
  dotnet "$DLL" --urls "http://127.0.0.1:$APP_PORT" > "$work/app.log" 2>&1 &
app_pid=$!

sed -e "s|@SERVER_NAME@|localhost|g" -e "s|@CERT@|$work/cert.pem|g" -e "s|@KEY@|$work/key.pem|g" \
    -e "s|@HTTPS_PORT@|127.0.0.1:$HTTPS_PORT|g" -e "s|@HTTP_PORT@|127.0.0.1:$HTTP_PORT|g" -e "s|@UPSTREAM@|127.0.0.1:$APP_PORT|g" \
    "${TLS_CHECK_CONF:-tools/proxy/nginx-fairnotice.conf}" > "$work/fairnotice.conf"
mkdir -p "$work/logs" "$work/tmp"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 64; }
http {
  access_log $work/logs/access.log;
  client_body_temp_path $work/tmp/body; proxy_temp_path $work/tmp/proxy; fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi; scgi_temp_path $work/tmp/scgi;
  include $work/fairnotice.conf;
}
CONF
if ! "$NGINX" -p "$work" -c "$work/nginx.conf" -t > "$work/nginx-t.log" 2>&1; then bad "nginx refuses the configuration" "$(cat "$work/nginx-t.log")"; finish 1; fi
"$NGINX" -p "$work" -c "$work/nginx.conf" || { bad "nginx did not start" "$(cat "$work/logs/error.log")"; finish 1; }
nginx_started=1

for _ in $(seq 1 120); do
  curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/health/ready" && break
  kill -0 "$app_pid" 2>/dev/null || { bad "the application exited" "$(tail -20 "$work/app.log")"; finish 1; }
  sleep 1
done

# $1 = extra s_client options; prints s_client's output (a server that refuses answers with an alert).
hello() { timeout 10 openssl s_client -connect "127.0.0.1:$HTTPS_PORT" -servername localhost "$@" < /dev/null 2>&1; }
negotiated() { grep -Eq "Protocol *: *$1|Protocol version: *$1|New, $1" <<< "$2"; }

# The client is told to allow everything (security level 0), so a refusal is the server's, not the client's.
for v in tls1 tls1_1; do
  out=$(hello "-$v" -cipher 'DEFAULT:@SECLEVEL=0')
  if grep -q "no protocols available" <<< "$out"; then bad "TLS ${v#tls} check inconclusive: this openssl cannot offer it" "$out"
  elif grep -Eq "alert protocol version|unsupported protocol|wrong version number" <<< "$out" && ! grep -q "BEGIN CERTIFICATE\|Cipher is [A-Z]" <<< "$out"; then ok "TLS 1.${v#tls1_}${v#tls1} refused by the server"
  else bad "$v was not refused" "$out"; fi
done
for v in 1.2 1.3; do
  out=$(hello "-tls${v/./_}")
  if negotiated "TLSv$v" "$out"; then ok "TLS $v accepted"; else bad "TLS $v not accepted" "$out"; fi
done
out=$(hello -tls1_2 -cipher 'ECDHE-ECDSA-AES128-SHA:@SECLEVEL=0')
if grep -Eq "handshake failure|no shared cipher|Cipher is \(NONE\)|Cipher is 0000" <<< "$out" && ! grep -q "Cipher is ECDHE-ECDSA-AES128-SHA" <<< "$out"; then ok "weak suite ECDHE-ECDSA-AES128-SHA (CBC, SHA-1) refused"; else bad "weak suite accepted" "$out"; fi
out=$(hello -tls1_2 -cipher 'ECDHE-ECDSA-AES128-GCM-SHA256')
if grep -q "ECDHE-ECDSA-AES128-GCM-SHA256" <<< "$out" && negotiated "TLSv1.2" "$out"; then ok "strong suite ECDHE-ECDSA-AES128-GCM-SHA256 accepted"; else bad "strong suite not accepted" "$out"; fi

r=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$HTTP_PORT/Account/Login")
if [ "$r" = "301 https://127.0.0.1/Account/Login" ] || [[ "$r" == 301\ https://* ]]; then ok "plain HTTP page redirected to https ($r)"; else bad "plain HTTP page not redirected: $r"; fi
r=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/api/me")
if [ "$r" = 403 ]; then ok "plain HTTP API call refused, not redirected"; else bad "plain HTTP API call answered $r"; fi

headers=$(curl -sk -D - -o /dev/null "https://127.0.0.1:$HTTPS_PORT/Account/Login")
if grep -q "^HTTP/[0-9.]* 200" <<< "$headers"; then ok "the application answers through the proxy"; else bad "no 200 through the proxy" "$headers"; fi
if [ "$(grep -ci '^strict-transport-security: max-age=63072000' <<< "$headers")" = 1 ] && [ "$(grep -ci '^strict-transport-security' <<< "$headers")" = 1 ]; then ok "one HSTS header"; else bad "HSTS missing or doubled" "$(grep -i strict <<< "$headers")"; fi
if grep -Eiq '^set-cookie: __Host-[^;]*;.*secure' <<< "$headers"; then ok "the application sees https through the trusted proxy (Secure __Host- cookie)"; else bad "no Secure __Host- cookie: X-Forwarded-Proto not believed?" "$(grep -i set-cookie <<< "$headers")"; fi

[ "$failed" = 0 ] && finish 0 || finish 1
