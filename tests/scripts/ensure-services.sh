#!/usr/bin/env bash
# Makes sure what the test suite needs from the OS is there: Debian's Chromium (Playwright cannot
# download browsers here), Firefox ESR and a PostgreSQL on 127.0.0.1:5432 with trust auth for the tests.
# Idempotent; only installs when something is missing (needs root + apt for that).
set -u
log() { echo "[vanta] $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_updated=0
apt_install() {
  command -v apt-get >/dev/null || { log "apt-get not available; install $* by hand"; return 1; }
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq >&2 || true; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >&2
}

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  log "installing Chromium (apt) for the browser tests"
  apt_install chromium || log "could not install chromium"
fi

if [ -z "${FIREFOX_PATH:-}" ] && ! command -v firefox-esr >/dev/null; then
  log "installing Firefox ESR (apt) for the Firefox e2e"
  apt_install firefox-esr || log "could not install firefox-esr"
fi

pg_ready() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
if ! pg_ready; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    log "installing PostgreSQL (apt) for the integration tests"
    apt_install postgresql || log "could not install postgresql"
  fi
  for conf in /etc/postgresql/*/main/pg_hba.conf; do
    [ -f "$conf" ] || continue
    # Tests connect as postgres over TCP without a password (as on the development machines).
    if ! grep -q "vanta-tests" "$conf"; then
      as_root sed -i '1i host all all 127.0.0.1/32 trust # vanta-tests\nhost all all ::1/128 trust # vanta-tests' "$conf"
    fi
  done
  for v in $(ls /etc/postgresql 2>/dev/null); do
    as_root pg_ctlcluster --skip-systemctl-redirect "$v" main start >&2 2>&1 || as_root pg_ctlcluster "$v" main start >&2 2>&1 || true
  done
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
fi
if pg_ready; then
  # the `test` database the suite uses as its admin entry point
  if command -v psql >/dev/null; then
    psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname='test'" postgres 2>/dev/null | grep -q 1 ||
      psql -h 127.0.0.1 -U postgres -c "create database test" postgres >&2 2>&1 || true
  fi
else
  log "PostgreSQL is not reachable on 127.0.0.1:5432: the real-PostgreSQL and Neon tests will fail"
fi
exit 0
