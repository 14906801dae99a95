#!/usr/bin/env bash
# From a published nopCommerce 4.90 to a demo store with the AIQ loyalty plugin, in one command:
#
#   NOPCOMMERCE_DIR=/path/to/nopCommerce ./scripts/demo.sh [options]
#
# The given nopCommerce folder is only read: the demo copies it into its own state folder (without
# that store's settings, keys and plugin list), installs nopCommerce there with sample data through
# its own install wizard, builds and installs the plugin through the admin, starts the AIQ sandbox
# and configures the plugin against it. A second run reuses what is there.
#
# Options:
#   --state DIR          the demo's folder (default: .demo in the repository)
#   --store-port N       the store's port on 127.0.0.1 (default 5090)
#   --sandbox-port N     the AIQ sandbox's port on 127.0.0.1 (default 5098)
#   --db-name NAME       the local PostgreSQL database (default aiq_demo; never nop490*)
#   --connection STRING  install into this database instead (PostgreSQL or MySQL/MariaDB connection
#                        string); it is created if missing and dropped by --reset
#   --db-provider P      postgresql or mysql, when the connection string does not tell
#   --brand NAME         the brand in the consent text (default "Green Leaf", the tests' demo brand)
#   --nopcommerce DIR    instead of the NOPCOMMERCE_DIR environment variable
#   --stop               stop the demo's store and sandbox
#   --reset              stop them, drop the demo database, delete the state folder
#   -h, --help
set -Eeuo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export DOTNET_ROLL_FORWARD=${DOTNET_ROLL_FORWARD:-Major}   # nopCommerce 4.90 targets net9.0; .NET 10 alone runs it
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PLUGIN_FOLDER=Misc.AiqLoyalty
MARKER=.aiq-demo-state          # only a folder carrying it is ever deleted by --reset
STEPS=9

usage() { sed -n '2,/^set -Eeuo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
die() { echo "demo: $*" >&2; exit 2; }

# ---- command line -------------------------------------------------------------------------------
action=run
opt_state='' opt_store_port='' opt_sandbox_port='' opt_db_name='' opt_connection='' opt_provider='' opt_brand=''
opt_nop=${NOPCOMMERCE_DIR:-}
while [ $# -gt 0 ]; do
  case "$1" in
    --state) opt_state=${2:?--state needs a folder}; shift 2 ;;
    --store-port) opt_store_port=${2:?--store-port needs a number}; shift 2 ;;
    --sandbox-port) opt_sandbox_port=${2:?--sandbox-port needs a number}; shift 2 ;;
    --db-name) opt_db_name=${2:?--db-name needs a name}; shift 2 ;;
    --connection) opt_connection=${2:?--connection needs a connection string}; shift 2 ;;
    --db-provider) opt_provider=${2:?--db-provider needs postgresql or mysql}; shift 2 ;;
    --brand) opt_brand=${2:?--brand needs a name}; shift 2 ;;
    --nopcommerce) opt_nop=${2:?--nopcommerce needs a folder}; shift 2 ;;
    --stop) action=stop; shift ;;
    --reset) action=reset; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

STATE=${opt_state:-$REPO/.demo}
case "$STATE" in /*) ;; *) STATE=$PWD/$STATE ;; esac
STATE=${STATE%/}
[ -n "$STATE" ] && [ "$STATE" != / ] || die "--state cannot be /"
STORE_DIR=$STATE/store
LOGS=$STATE/logs
RUN=$STATE/run
DONE=$STATE/done
HELPER_DIR=$STATE/bin/helper
SANDBOX_DIR=$STATE/bin/sandbox
SETTINGS=$STATE/demo.env

# The command that reaches this demo again (printed in hints).
self="./scripts/demo.sh"
[ -z "$opt_state" ] || self="$self --state $(printf '%q' "$opt_state")"

# ---- settings: the first run's choices are kept in the state folder -------------------------------
NOP_SOURCE='' STORE_PORT='' SANDBOX_PORT='' DB_MODE='' DB_NAME='' DB_PROVIDER='' DB_CONNECTION='' BRAND=''
# shellcheck disable=SC1090
[ -f "$SETTINGS" ] && . "$SETTINGS"

differs() { [ -n "$1" ] && [ -n "$2" ] && [ "$1" != "$2" ]; }
if [ "$action" = run ] && [ -f "$SETTINGS" ]; then
  nop_given=$([ -n "$opt_nop" ] && cd "$opt_nop" 2>/dev/null && pwd -P || echo "$opt_nop")
  if differs "$nop_given" "$NOP_SOURCE" || differs "$opt_db_name" "$DB_NAME" || differs "$opt_connection" "$DB_CONNECTION" \
     || { [ -n "$opt_brand" ] && [ "$opt_brand" != "$BRAND" ]; } || { [ -n "$opt_db_name" ] && [ "$DB_MODE" = given ]; } || { [ -n "$opt_connection" ] && [ "$DB_MODE" = local ]; }; then
    die "$STATE was set up with other choices (nopCommerce $NOP_SOURCE, database $DB_NAME, brand \"$BRAND\"): run $self --reset first, or give another --state"
  fi
fi
STORE_PORT=${opt_store_port:-${STORE_PORT:-5090}}
SANDBOX_PORT=${opt_sandbox_port:-${SANDBOX_PORT:-5098}}
BRAND=${BRAND:-$opt_brand}   # empty: the helper's default brand
if [ -z "$DB_MODE" ]; then
  if [ -n "$opt_connection" ]; then DB_MODE=given DB_CONNECTION=$opt_connection DB_PROVIDER=$opt_provider
  else DB_MODE=local DB_PROVIDER=postgresql DB_NAME=${opt_db_name:-aiq_demo}; fi
fi
[ -n "$NOP_SOURCE" ] || NOP_SOURCE=$opt_nop
for port in "$STORE_PORT" "$SANDBOX_PORT"; do
  [[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1024 ] && [ "$port" -le 65535 ] || die "port $port: use 1024-65535"
done
[ "$STORE_PORT" != "$SANDBOX_PORT" ] || die "the store and the sandbox need two different ports"
if [ "$DB_MODE" = local ]; then
  [[ "$DB_NAME" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "--db-name $DB_NAME: lower-case letters, digits and _ only"
  case "$DB_NAME" in nop490*|postgres|template0|template1) die "--db-name $DB_NAME is not a demo database: the demo never touches nop490* or PostgreSQL's own databases" ;; esac
fi
STORE_URL=http://127.0.0.1:$STORE_PORT
SANDBOX_URL=http://127.0.0.1:$SANDBOX_PORT

save_settings() {  # readable by the owner only: a given connection string holds a password
  mkdir -p "$STATE"
  (umask 077 && : > "$SETTINGS.new")
  {
    printf 'NOP_SOURCE=%q\nSTORE_PORT=%q\nSANDBOX_PORT=%q\nBRAND=%q\n' "$NOP_SOURCE" "$STORE_PORT" "$SANDBOX_PORT" "$BRAND"
    printf 'DB_MODE=%q\nDB_NAME=%q\nDB_PROVIDER=%q\nDB_CONNECTION=%q\n' "$DB_MODE" "$DB_NAME" "$DB_PROVIDER" "$DB_CONNECTION"
  } >> "$SETTINGS.new"
  mv "$SETTINGS.new" "$SETTINGS"
}

# ---- output: a line per step on the console, the details in the step's log ------------------------
# A step's output goes to its log; what it says for the console is kept in a file and shown when the
# step ends. (No console descriptor is handed to the step: the store, the sandbox and build servers
# it starts would inherit it and hold the caller's terminal or pipe open after the demo has finished.)
started=$SECONDS
clock() { local s=$((SECONDS - started)); printf '%d:%02d' $((s / 60)) $((s % 60)); }
say() { echo "$*" >> "$RUN/say"; echo "$*"; }    # console (at the step's end) and log
fail() { echo "FAILED: $*"; exit 1; }             # inside a step: its reason, in the log and the report

current_step=0
run_step() {  # run_step TITLE FUNCTION: runs FUNCTION with its output in logs/N-FUNCTION.log
  local title=$1 fn=$2 t0=$SECONDS rc
  current_step=$((current_step + 1))
  local log=$LOGS/$current_step-$fn.log
  mkdir -p "$LOGS" "$RUN"
  : > "$RUN/say"
  printf '[%d/%d] %s\n' "$current_step" "$STEPS" "$title"
  echo "== $(date '+%F %T') $title" >> "$log"
  set +e
  ( set -Eeuo pipefail
    trap 'echo "FAILED: command \"$BASH_COMMAND\" exited with status $? (${FUNCNAME[0]:-main}, line $LINENO)"' ERR
    "$fn" ) < /dev/null >> "$log" 2>&1
  rc=$?
  set -e
  sed 's/^/      /' "$RUN/say"
  if [ $rc -ne 0 ]; then
    local why
    why=$(grep -h '^FAILED: ' "$log" | tail -n 1 | sed 's/^FAILED: //')
    {
      echo
      echo "FAILED at step $current_step/$STEPS \"$title\" after $((SECONDS - t0)) s: ${why:-see the log}"
      echo "  log: $log (last lines below)"
      tail -n 25 "$log" | sed 's/^/  | /'
      echo "Fix the cause and run the same command again: finished steps are kept."
      echo "Start from scratch: $self --reset"
    } >&2
    exit 1
  fi
  printf '      ok (%d s, total %s)\n' $((SECONDS - t0)) "$(clock)"
}

done_mark() { mkdir -p "$DONE" && touch "$DONE/$1"; }
is_done() { [ -f "$DONE/$1" ]; }

helper() { dotnet "$HELPER_DIR/AiqLoyalty.Demo.dll" "$@"; }

HELPER_OUT=''
run_helper() {  # run_helper WHAT ARGS...: output into the log (and HELPER_OUT); a failure names WHAT and the helper's reason
  local what=$1; shift
  if HELPER_OUT=$(helper "$@" 2>&1); then
    [ -z "$HELPER_OUT" ] || echo "$HELPER_OUT"
  else
    echo "$HELPER_OUT"
    fail "$what: $(echo "$HELPER_OUT" | tail -n 1)"
  fi
}

# ---- processes: only ever those the demo started (PID file, and its working folder) ----------------
pid_of() {  # pid_of NAME DIR: the PID in run/NAME.pid if that process runs in DIR, else nothing
  local file=$RUN/$1.pid pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$(cd "$2" 2>/dev/null && pwd -P)" ] || return 1
  echo "$pid"
}

stop_process() {  # stop_process NAME DIR
  local pid
  if pid=$(pid_of "$1" "$2"); then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    echo "$1 stopped (PID $pid)"
  fi
  rm -f "$RUN/$1.pid"
}

port_busy() { (exec 9<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_process() {  # start_process NAME DIR PORT COMMAND...: in its own session, outliving this script
  local name=$1 dir=$2 port=$3; shift 3
  port_busy "$port" && fail "port $port is in use by another program: give --${name}-port another one"
  mkdir -p "$RUN"
  (cd "$dir" && exec setsid nohup "$@" >> "$LOGS/$name.log" 2>&1 < /dev/null) &
  echo $! > "$RUN/$name.pid"
  echo "$name started: PID $(cat "$RUN/$name.pid"), log $LOGS/$name.log"
}

store_up() {  # the store running and answering (started when it is not)
  local pid
  if pid=$(pid_of store "$STORE_DIR"); then
    echo "store already running (PID $pid)"
  else
    ASPNETCORE_URLS=$STORE_URL start_process store "$STORE_DIR" "$STORE_PORT" dotnet Nop.Web.dll
  fi
  run_helper "the store did not come up at $STORE_URL (its log: $LOGS/store.log)" \
    wait --url "$STORE_URL" --pid "$(cat "$RUN/store.pid")" --timeout 600
}

store_exited() {  # nopCommerce stops itself to restart (outside IIS nobody starts it again): wait for that
  local pid
  pid=$(cat "$RUN/store.pid")
  for _ in $(seq 1 180); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "the store did not stop by itself in 180 s: stopping it"
    stop_process store "$STORE_DIR"
  fi
  rm -f "$RUN/store.pid"
  echo "store stopped for its restart"
}

# ---- PostgreSQL on this machine -------------------------------------------------------------------
is_root() { [ "$(id -u)" = 0 ]; }
PG_VERSION='' PG_CLUSTER='' PG_PORT=''

pg_admin() {  # psql as PostgreSQL's superuser (root: the postgres account; else the current user)
  if is_root; then (cd / && PGOPTIONS='-c client_min_messages=warning' runuser -u postgres -- psql -X -q -A -t -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@")
  else PGOPTIONS='-c client_min_messages=warning' psql -X -q -A -t -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@"; fi
}

# The demo database carries a comment naming the state folder that made it, so that two demos
# never share (and one never drops) the other's database, and nothing else named alike is touched.
db_tag() { echo "aiq-demo:$STATE"; }
db_exists() { [ "$(pg_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" = 1 ]; }
db_comment() { pg_admin -d postgres -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$DB_NAME'"; }
db_claimable() {  # ours, or left by a demo whose folder is gone; else says whose it is and returns 1
  local comment other
  comment=$(db_comment)
  [ "$comment" = "$(db_tag)" ] && return 0
  case "$comment" in
    aiq-demo:*)
      other=${comment#aiq-demo:}
      [ -f "$other/$MARKER" ] || return 0
      echo "database $DB_NAME belongs to the demo in $other: give this one another --db-name, or reset that one" ;;
    *) echo "database $DB_NAME exists and was not made by this demo: give another --db-name" ;;
  esac
  return 1
}

pg_locate() {  # the local cluster (an online one first): sets PG_VERSION/PG_CLUSTER/PG_PORT; 1 when there is none
  local line
  command -v pg_lsclusters >/dev/null 2>&1 || return 1
  line=$(pg_lsclusters --no-header 2>/dev/null | awk '$4 ~ /^online/' | head -n 1)
  [ -n "$line" ] || line=$(pg_lsclusters --no-header 2>/dev/null | head -n 1)
  [ -n "$line" ] || return 1
  read -r PG_VERSION PG_CLUSTER PG_PORT _ <<< "$line"
}

pg_online() { pg_lsclusters --no-header | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c && $4 ~ /^online/ { ok = 1 } END { exit !ok }'; }

postgres_up() {  # install (root, Debian) and start the local cluster; sets PG_VERSION/PG_CLUSTER/PG_PORT
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    is_root && command -v apt-get >/dev/null 2>&1 \
      || fail "PostgreSQL is not installed. Install it (Debian/Ubuntu: sudo apt-get install postgresql) and run again, or give --connection"
    say "PostgreSQL is missing: installing Debian's postgresql package"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
  fi
  if ! pg_locate; then
    is_root || fail "PostgreSQL has no cluster: create one (sudo pg_createcluster --start <version> main), or give --connection"
    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    say "creating PostgreSQL cluster $version/main"
    pg_createcluster "$version" main --start
    pg_locate || fail "pg_createcluster made no cluster"
  fi
  if ! pg_online; then
    say "starting PostgreSQL $PG_VERSION/$PG_CLUSTER"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start \
      || fail "PostgreSQL $PG_VERSION/$PG_CLUSTER did not start (as root: pg_ctlcluster $PG_VERSION $PG_CLUSTER start)"
  fi
  echo "PostgreSQL $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
}

local_connection() {
  echo "Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=$DB_NAME;Password=$(cat "$STATE/db-password")"
}

# ---- the steps --------------------------------------------------------------------------------------
step_check() {
  command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK is not installed (dotnet is not on PATH)"
  dotnet --version | sed 's/^/.NET SDK /'
  [ -n "$NOP_SOURCE" ] || fail "set NOPCOMMERCE_DIR (or --nopcommerce) to a published nopCommerce 4.90 folder, the one with Nop.Web.dll"
  [ -d "$NOP_SOURCE" ] || fail "NOPCOMMERCE_DIR=$NOP_SOURCE is not a folder"
  local real_state
  real_state=$(cd "$STATE" && pwd -P)
  case "$real_state/" in "$NOP_SOURCE"/*) fail "the state folder $STATE is inside $NOP_SOURCE, which the demo must not change: give another --state" ;; esac
  case "$NOP_SOURCE/" in "$real_state"/*) fail "$NOP_SOURCE is inside the state folder $STATE: give another --state" ;; esac
  for tool in tar setsid nohup od; do command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (Debian: coreutils, tar, util-linux)"; done
  if ! is_done helper; then
    dotnet build "$REPO/AiqLoyalty.Demo/AiqLoyalty.Demo.csproj" -c Release -o "$HELPER_DIR" \
      || fail "the demo helper (AiqLoyalty.Demo) did not build"
    done_mark helper
  fi
  run_helper "$NOP_SOURCE is not a nopCommerce 4.90 store" check-store --dir "$NOP_SOURCE"
  say "$HELPER_OUT in $NOP_SOURCE (only read)"
}

step_database() {
  if [ "$DB_MODE" = given ]; then
    export AIQ_DEMO_CONNECTION=$DB_CONNECTION
    local tables
    run_helper "the connection string cannot be used" db-info ${DB_PROVIDER:+--db-provider "$DB_PROVIDER"}
    DB_PROVIDER=${HELPER_OUT%% *} DB_NAME=${HELPER_OUT#* }
    save_settings
    if is_done install-store; then say "$DB_PROVIDER database $DB_NAME (installed earlier)"; return; fi
    run_helper "cannot reach the database in --connection" db-tables --db-provider "$DB_PROVIDER"
    tables=$HELPER_OUT
    [ "$tables" = missing ] || [ "$tables" = 0 ] \
      || fail "$DB_PROVIDER database $DB_NAME already has $tables tables: give an empty or new database, or drop this one ($self --reset drops it)"
    say "$DB_PROVIDER database $DB_NAME: $([ "$tables" = missing ] && echo "nopCommerce will create it" || echo "empty")"
    return
  fi

  postgres_up
  [ -s "$STATE/db-password" ] || (umask 077 && od -An -tx1 -N18 /dev/urandom | tr -d ' \n' > "$STATE/db-password")
  local password
  password=$(cat "$STATE/db-password")
  local whose
  if db_exists && ! whose=$(db_claimable); then fail "$whose"; fi
  # the demo's own login, owner of the demo database only
  pg_admin -d postgres -c "DO \$\$ BEGIN
      IF EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_NAME') THEN ALTER ROLE \"$DB_NAME\" LOGIN PASSWORD '$password';
      ELSE CREATE ROLE \"$DB_NAME\" LOGIN PASSWORD '$password'; END IF; END \$\$;"
  if is_done install-store; then
    db_exists || fail "database $DB_NAME is gone although nopCommerce was installed into it: $self --reset, then run again"
    say "PostgreSQL database $DB_NAME (installed earlier)"
    return
  fi
  # A fresh database for the install wizard (a failed earlier attempt may have left tables behind).
  pg_admin -d postgres -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE);"
  if [ "$(pg_admin -d postgres -c "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'template1'")" = UTF8 ]; then
    pg_admin -d postgres -c "CREATE DATABASE \"$DB_NAME\" OWNER \"$DB_NAME\";"
  else  # a cluster made without a UTF-8 locale: nopCommerce's sample data needs UTF-8
    pg_admin -d postgres -c "CREATE DATABASE \"$DB_NAME\" OWNER \"$DB_NAME\" ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;"
  fi
  pg_admin -d postgres -c "COMMENT ON DATABASE \"$DB_NAME\" IS '$(db_tag | sed "s/'/''/g")';"
  # nopCommerce creates these itself only when it creates the database
  pg_admin -d "$DB_NAME" -c "CREATE EXTENSION IF NOT EXISTS citext; CREATE EXTENSION IF NOT EXISTS pgcrypto;"
  say "PostgreSQL $PG_VERSION/$PG_CLUSTER: fresh database $DB_NAME (login $DB_NAME) on 127.0.0.1:$PG_PORT"
}

step_copy_store() {
  if is_done copy-store && [ -f "$STORE_DIR/Nop.Web.dll" ]; then say "reusing the copy in $STORE_DIR"; return; fi
  rm -rf "$STORE_DIR" "$STORE_DIR.partial"
  mkdir -p "$STORE_DIR.partial"
  # Everything but the source store's own state: its database connection and settings, plugin list,
  # data-protection keys, uploads, generated bundles and thumbnails, and its copy of this plugin.
  tar -C "$NOP_SOURCE" --anchored \
      --exclude=./App_Data/appsettings.json --exclude=./App_Data/plugins.json \
      --exclude='./App_Data/DataProtectionKeys/*' --exclude='./App_Data/TempUploads/*' \
      --exclude='./wwwroot/bundles/*' --exclude='./wwwroot/images/thumbs/*' \
      --exclude='./Plugins/Uploaded/*' --exclude="./Plugins/$PLUGIN_FOLDER" \
      -cf - . | tar -C "$STORE_DIR.partial" -xf -
  mv "$STORE_DIR.partial" "$STORE_DIR"
  done_mark copy-store
  say "copied $NOP_SOURCE -> $STORE_DIR ($(du -sh "$STORE_DIR" | cut -f1))"
}

step_sandbox() {
  if ! is_done sandbox-build || [ ! -f "$SANDBOX_DIR/AiqLoyalty.Sandbox.dll" ]; then
    dotnet build "$REPO/AiqLoyalty.Sandbox/AiqLoyalty.Sandbox.csproj" -c Release -o "$SANDBOX_DIR" \
      || fail "the AIQ sandbox did not build"
    done_mark sandbox-build
  fi
  local pid
  if pid=$(pid_of sandbox "$SANDBOX_DIR"); then
    say "AIQ sandbox already running at $SANDBOX_URL (PID $pid)"
    return
  fi
  start_process sandbox "$SANDBOX_DIR" "$SANDBOX_PORT" dotnet AiqLoyalty.Sandbox.dll --urls "$SANDBOX_URL"
  run_helper "the sandbox did not come up at $SANDBOX_URL (its log: $LOGS/sandbox.log)" \
    wait --url "$SANDBOX_URL" --pid "$(cat "$RUN/sandbox.pid")" --timeout 120
  say "AIQ sandbox at $SANDBOX_URL (PID $(cat "$RUN/sandbox.pid")), demo data, PIN codes in $LOGS/sandbox.log"
}

step_install_store() {
  if is_done install-store; then say "installed earlier"; return; fi
  if [ "$DB_MODE" = local ]; then
    pg_locate || fail "no local PostgreSQL cluster"
    export AIQ_DEMO_CONNECTION; AIQ_DEMO_CONNECTION=$(local_connection)
  else
    export AIQ_DEMO_CONNECTION=$DB_CONNECTION
  fi
  # The wizard only runs while App_Data names no database.
  stop_process store "$STORE_DIR"
  rm -f "$STORE_DIR/App_Data/appsettings.json" "$STORE_DIR/App_Data/plugins.json"
  store_up
  run_helper "the install wizard failed" install-store --url "$STORE_URL" --db-provider "$DB_PROVIDER"
  # The next start (after the plugin is built, so that start finds it) completes the install.
  store_exited
  grep -q '"ConnectionString": *"[^"]' "$STORE_DIR/App_Data/appsettings.json" \
    || fail "the wizard finished but App_Data/appsettings.json names no database"
  done_mark install-store
  say "nopCommerce installed with sample data into $DB_PROVIDER database $DB_NAME"
}

step_build_plugin() {
  if is_done build-plugin && [ -f "$STORE_DIR/Plugins/$PLUGIN_FOLDER/plugin.json" ]; then say "built earlier"; return; fi
  # nopCommerce reads its plugin folders when it starts: a running store would not see a new one.
  stop_process store "$STORE_DIR"
  # Compiled against the given store's assemblies, written into the copy's Plugins folder.
  NOPCOMMERCE_DIR=$NOP_SOURCE dotnet build "$REPO/Nop.Plugin.Misc.AiqLoyalty/Nop.Plugin.Misc.AiqLoyalty.csproj" -c Release \
      -p:NopCommerceDir="$NOP_SOURCE" -p:NopPluginsDir="$STORE_DIR/Plugins" \
    || fail "the plugin did not build against $NOP_SOURCE"
  done_mark build-plugin
  say "plugin built into $STORE_DIR/Plugins/$PLUGIN_FOLDER"
}

step_install_plugin() {
  local state
  state=$(helper plugin-state --dir "$STORE_DIR")
  if [ "$state" = installed ]; then say "installed earlier"; return; fi
  store_up
  run_helper "installing the plugin from Admin > Local plugins failed" install-plugin --url "$STORE_URL"
  store_exited
  store_up
  state=$(helper plugin-state --dir "$STORE_DIR")
  [ "$state" = installed ] || fail "after the restart the plugin is $state, not installed (see $LOGS/store.log and the admin's System > Log)"
  say "installed from Admin > Configuration > Local plugins, store restarted"
}

step_configure() {
  if is_done configure; then say "configured earlier"; return; fi
  store_up
  run_helper "configuring the plugin failed" configure --url "$STORE_URL" --sandbox "$SANDBOX_URL" ${BRAND:+--brand "$BRAND"}
  done_mark configure
  say "$(echo "$HELPER_OUT" | tail -n 1)"
}

step_check_cart() {
  local pid
  if pid=$(pid_of store "$STORE_DIR"); then say "store running at $STORE_URL (PID $pid)"; else store_up; say "store started at $STORE_URL (PID $(cat "$RUN/store.pid"))"; fi
  run_helper "the rewards box check failed" check-cart --url "$STORE_URL"
  say "$HELPER_OUT"
}

# ---- stop / reset ---------------------------------------------------------------------------------
do_stop() {
  stop_process store "$STORE_DIR"
  stop_process sandbox "$SANDBOX_DIR"
}

do_reset() {
  if [ -d "$STATE" ] && [ -n "$(ls -A "$STATE" 2>/dev/null)" ] && [ ! -f "$STATE/$MARKER" ]; then
    die "$STATE is not a demo state folder (no $MARKER): not touching it"
  fi
  do_stop
  if [ "$DB_MODE" = given ]; then
    if [ -f "$HELPER_DIR/AiqLoyalty.Demo.dll" ] || dotnet build "$REPO/AiqLoyalty.Demo/AiqLoyalty.Demo.csproj" -c Release -o "$HELPER_DIR" > /dev/null; then
      AIQ_DEMO_CONNECTION=$DB_CONNECTION helper db-drop ${DB_PROVIDER:+--db-provider "$DB_PROVIDER"} || echo "the demo database could not be dropped (see above)"
    fi
  elif pg_locate; then
    if ! pg_online && is_root; then pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start || true; fi
    if ! pg_online; then
      echo "PostgreSQL $PG_VERSION/$PG_CLUSTER is not running: database $DB_NAME was not dropped"
    elif db_exists; then
      local whose
      if whose=$(db_claimable); then
        pg_admin -d postgres -c "DROP DATABASE \"$DB_NAME\" WITH (FORCE);" && echo "dropped database $DB_NAME"
        pg_admin -d postgres -c "DROP ROLE IF EXISTS \"$DB_NAME\";" || true
      else
        echo "$whose: left as it is"
      fi
    else
      pg_admin -d postgres -c "DROP ROLE IF EXISTS \"$DB_NAME\";" || true
      echo "database $DB_NAME did not exist"
    fi
  else
    echo "no local PostgreSQL: no database to drop"
  fi
  rm -rf "$STATE"
  echo "removed $STATE"
}

case "$action" in
  stop) do_stop; echo "demo stopped (start it again: $self)"; exit 0 ;;
  reset) do_reset; exit 0 ;;
esac

# ---- run ------------------------------------------------------------------------------------------
if [ -d "$STATE" ] && [ -n "$(ls -A "$STATE" 2>/dev/null)" ] && [ ! -f "$STATE/$MARKER" ]; then
  die "$STATE exists and is not a demo state folder: give an empty or new --state"
fi
mkdir -p "$STATE" "$LOGS" "$RUN"
touch "$STATE/$MARKER"
[ -z "$NOP_SOURCE" ] || ! [ -d "$NOP_SOURCE" ] || NOP_SOURCE=$(cd "$NOP_SOURCE" && pwd -P)
save_settings

echo "AIQ loyalty demo: state in $STATE, store $STORE_URL, sandbox $SANDBOX_URL"
run_step "Check the .NET SDK and the nopCommerce folder" step_check
run_step "Database" step_database
. "$SETTINGS"   # the database step may have read the provider and name from --connection
run_step "Copy the store (the given folder stays untouched)" step_copy_store
run_step "Build and start the AIQ sandbox" step_sandbox
run_step "Install nopCommerce with sample data (its install wizard)" step_install_store
run_step "Build the plugin against the given store" step_build_plugin
run_step "Install the plugin from the admin and restart" step_install_plugin
run_step "Configure the plugin against the sandbox" step_configure
run_step "Check: a guest's cart page shows the rewards box" step_check_cart

echo
echo "Demo store ready in $(clock) (min:s)."
echo
helper summary --url "$STORE_URL" --sandbox "$SANDBOX_URL" --sandbox-log "$LOGS/sandbox.log" ${BRAND:+--brand "$BRAND"}
echo
if [ "$DB_MODE" = local ]; then
  echo "  Database  PostgreSQL $DB_NAME on 127.0.0.1 (login $DB_NAME, password in $STATE/db-password)"
else
  echo "  Database  $DB_PROVIDER $DB_NAME (--connection)"
fi
echo "  Logs      $LOGS (store.log, sandbox.log, one per step)"
if [ "$DB_MODE" = local ]; then
  echo
  echo "The browser tests run against it too:"
  echo "  STORE_URL=$STORE_URL SANDBOX_URL=$SANDBOX_URL STORE_DB=postgresql://$DB_NAME:$(cat "$STATE/db-password")@127.0.0.1:$(pg_locate && echo "$PG_PORT")/$DB_NAME \\"
  echo "    ./scripts/test.sh --filter 'TestCategory=Browser|TestCategory=Redemption'"
fi
echo
echo "Stop: $self --stop    Start again: $self    Remove store, database and state: $self --reset"
