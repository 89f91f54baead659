#!/usr/bin/env bash
# Installs Debian's Chromium (for the end-to-end tests), Java (the W3C validator), nginx (tests/e2e/serving.spec.ts,
# scripts/load-test.ts), wrk (the load test) and PostgreSQL (the feedback tests and bench) when they are missing.
# Idempotent.
set -euo pipefail
need=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then need+=(chromium); fi
if [ -z "${NGINX_PATH:-}" ] && [ ! -x /usr/sbin/nginx ]; then need+=(nginx); fi
# The load test (npm run bench) drives both servers with wrk.
if [ ! -x /usr/bin/wrk ]; then need+=(wrk); fi
# The W3C validator (npm run test:html) runs on Java.
if ! command -v java >/dev/null 2>&1; then need+=(default-jre-headless); fi
# The feedback tests and bench start throwaway PostgreSQL clusters (scripts/lib/postgres.ts): initdb and
# pg_ctl from /usr/lib/postgresql/<version>/bin (or PG_BIN). The package's own cluster is not used.
if [ -z "${PG_BIN:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  need+=(postgresql)
fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${need[*]}. Install them (sudo apt-get install -y ${need[*]}) or set CHROMIUM_PATH / NGINX_PATH / PG_BIN." >&2
  exit 1
fi
echo "Installing ${need[*]} from Debian's packages…"
# The tests start their own nginx and PostgreSQL on loopback ports: keep the packages from starting the
# system services (nginx on port 80, PostgreSQL on 5432; policy-rc.d is Debian's switch for that), unless
# the host already has a policy.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  trap 'rm -f "$policy"' EXIT
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
