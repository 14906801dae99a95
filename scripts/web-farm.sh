#!/usr/bin/env bash
# Two nopCommerce instances of one store on one machine, as a web farm: one database, Redis as
# nopCommerce's distributed cache, one data-protection key ring, scheduled tasks on both nodes.
#
#   ./scripts/web-farm.sh --store DIR [options]      start (or restart) the farm; prints the URLs
#   ./scripts/web-farm.sh --store DIR --stop         stop the two instances this script started
#
# DIR is an installed store with the plugin (what nopCommerce's install wizard and the plugin's
# install left in a published store folder: App_Data/appsettings.json with the database connection,
# App_Data/plugins.json with the plugin installed). It becomes instance A. Instance B is a copy of it
# (binaries, plugins, App_Data), refreshed from A on every start, so both run the same build.
# What makes them one farm (both App_Data/appsettings.json are written by this script):
#   - the same database connection (A's, or --connection);
#   - DistributedCacheConfig: Enabled, DistributedCacheType "redissynchronizedmemory" (nopCommerce's
#     default type: each instance caches in memory and removals are published to the others over
#     Redis; nopCommerce's locks live in Redis), Redis at --redis;
#   - one data-protection key ring: nopCommerce 4.90 keeps its keys in App_Data/DataProtectionKeys
#     (files, Redis or not), so both folders link it to <state>/keys; ASP.NET Core also isolates
#     applications by their content-root path, so both instances must run from the same path, as they
#     do on real farm nodes deployed alike: here B runs in a private mount namespace (unshare -m, root)
#     with its own folder mounted at A's path. Cookies, antiforgery tokens and sessions made by A are
#     then accepted by B and the other way round.
#   - scheduled tasks run on both nodes (nopCommerce's task thread in each process).
#
# Options:
#   --store DIR          instance A's folder (required)
#   --second DIR         instance B's folder (default: DIR-b); created as a copy of A, never another store
#   --ports A,B          ports on 127.0.0.1 (default 5090,5091)
#   --redis HOST:PORT    Redis (default 127.0.0.1:6379); a loopback one that does not answer is started
#                        with Debian's redis-server (installed with apt-get when missing, as root)
#   --connection STRING  the database connection both use (default: A's own)
#   --cache TYPE         redissynchronizedmemory (default) or redis (every cache entry in Redis; on a
#                        2-core machine its synchronous reads time out under load, see the README)
#   --state DIR          PID files, logs, the shared key ring (default: .farm in the repository)
#   --stop               stop both instances (Redis is left running)
#   -h, --help
set -Eeuo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export DOTNET_ROLL_FORWARD=${DOTNET_ROLL_FORWARD:-Major}   # nopCommerce 4.90 targets net9.0; .NET 10 alone runs it
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
MARKER=.aiq-web-farm-copy   # instance B's folder carries it; only such a folder is ever replaced

usage() { sed -n '2,/^set -Eeuo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
die() { echo "web-farm: $*" >&2; exit 2; }

store='' second='' ports=5090,5091 redis=127.0.0.1:6379 connection='' cache=redissynchronizedmemory state="$REPO/.farm" action=start
while [ $# -gt 0 ]; do
  case "$1" in
    --store) store=${2:?}; shift 2 ;;
    --second) second=${2:?}; shift 2 ;;
    --ports) ports=${2:?}; shift 2 ;;
    --redis) redis=${2:?}; shift 2 ;;
    --connection) connection=${2:?}; shift 2 ;;
    --cache) cache=${2:?}; shift 2 ;;
    --state) state=${2:?}; shift 2 ;;
    --stop) action=stop; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

[ -n "$store" ] || die "--store DIR is required (an installed store folder with the plugin; see --help)"
store=$(cd "$store" 2>/dev/null && pwd -P) || die "no folder $store"
second=${second:-$store-b}
port_a=${ports%%,*}; port_b=${ports##*,}
[[ "$port_a" =~ ^[0-9]+$ && "$port_b" =~ ^[0-9]+$ && "$port_a" != "$port_b" ]] || die "--ports A,B: two different port numbers"
[[ "$cache" = redis || "$cache" = redissynchronizedmemory ]] || die "--cache: redis or redissynchronizedmemory"
redis_host=${redis%:*}; redis_port=${redis##*:}
mkdir -p "$state"; state=$(cd "$state" && pwd -P)

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_instance() {  # ends only the process whose PID this script wrote
  local pidfile=$state/$1.pid
  if alive "$pidfile"; then
    local pid; pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "stopped instance $1 (PID $pid)"
  fi
  rm -f "$pidfile"
}

if [ "$action" = stop ]; then
  stop_instance a; stop_instance b
  exit 0
fi

[ -f "$store/Nop.Web.dll" ] || die "$store holds no published nopCommerce (Nop.Web.dll)"
[ -f "$store/App_Data/appsettings.json" ] || die "$store is not installed (no App_Data/appsettings.json): install nopCommerce and the plugin first"
grep -q 'Misc.AiqLoyalty' "$store/App_Data/plugins.json" 2>/dev/null || die "the plugin is not installed in $store (App_Data/plugins.json)"
[ "$(id -u)" = 0 ] && command -v unshare >/dev/null || die "instance B runs in a private mount namespace (unshare -m): run as root"
if [ -e "$second" ] && [ ! -f "$second/$MARKER" ] && [ -n "$(ls -A "$second" 2>/dev/null)" ]; then
  die "$second exists and is not a copy this script made: choose another --second"
fi

echo "== stop what this script started before"
stop_instance a; stop_instance b
for port in "$port_a" "$port_b"; do
  if curl -s -o /dev/null -m 3 "http://127.0.0.1:$port/"; then
    die "something already answers on port $port: stop it first (e.g. the store started by its installer)"
  fi
done

echo "== Redis at $redis"
if ! redis-cli -h "$redis_host" -p "$redis_port" ping >/dev/null 2>&1; then
  case "$redis_host" in 127.0.0.1|localhost) ;; *) die "Redis at $redis does not answer" ;; esac
  if ! command -v redis-server >/dev/null; then
    [ "$(id -u)" = 0 ] || die "redis-server is missing: apt-get install redis-server"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  fi
  redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --logfile "$state/redis.log" --dir "$state"
  for _ in $(seq 1 20); do redis-cli -h "$redis_host" -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
redis-cli -h "$redis_host" -p "$redis_port" ping >/dev/null || die "Redis at $redis does not answer"

echo "== one data-protection key ring: $state/keys"
mkdir -p "$state/keys"
keys_a=$store/App_Data/DataProtectionKeys
if [ -d "$keys_a" ] && [ ! -L "$keys_a" ]; then
  cp -a "$keys_a/." "$state/keys/" 2>/dev/null || true   # A's existing keys keep its cookies valid
  rm -rf "$keys_a"
fi
ln -sfn "$state/keys" "$keys_a"

echo "== App_Data/appsettings.json of A: database, distributed cache on Redis"
write_settings() {
  python3 - "$1" "$connection" "$cache" "$redis" <<'PY'
import json, sys
path, connection, cache, redis = sys.argv[1:5]
with open(path, encoding="utf-8-sig") as f:
    settings = json.load(f)
if connection:
    settings.setdefault("ConnectionStrings", {})["ConnectionString"] = connection
dc = settings.setdefault("DistributedCacheConfig", {})
dc.update({"Enabled": True, "DistributedCacheType": cache, "ConnectionString": f"{redis},ssl=False",
           "InstanceName": "nopCommerce", "PublishIntervalMs": dc.get("PublishIntervalMs", 500)})
with open(path, "w", encoding="utf-8") as f:
    json.dump(settings, f, indent=2)
PY
}
write_settings "$store/App_Data/appsettings.json"

echo "== instance B: $second (a copy of A)"
rm -rf "$second"
mkdir -p "$second"
cp -a "$store/." "$second/"
touch "$second/$MARKER"
ln -sfn "$state/keys" "$second/App_Data/DataProtectionKeys"
# WebOptimizer's disk cache path is absolute: B (mounted at A's path) writes into its own folder anyway.

start_instance() {  # name port folder-to-mount (empty: run A's folder as it is)
  local name=$1 port=$2 mount=$3 log=$state/$1.log
  : > "$log"
  # setsid: the instance outlives this shell; exec keeps the PID written here the store's own.
  if [ -z "$mount" ]; then
    ASPNETCORE_URLS=http://127.0.0.1:$port setsid nohup \
      sh -c 'cd "$1" && exec dotnet Nop.Web.dll' farm-a "$store" >> "$log" 2>&1 < /dev/null &
  else
    # B's own folder at A's path, seen only by B: the same content root, so the same data-protection purposes.
    ASPNETCORE_URLS=http://127.0.0.1:$port setsid nohup unshare --mount --propagation private \
      sh -c 'mount --bind "$1" "$2" && cd "$2" && exec dotnet Nop.Web.dll' farm-b "$mount" "$store" >> "$log" 2>&1 < /dev/null &
  fi
  echo $! > "$state/$name.pid"
}

wait_instance() {
  local name=$1 port=$2
  for _ in $(seq 1 180); do
    alive "$state/$name.pid" || { tail -20 "$state/$name.log" >&2; die "instance $name exited (log $state/$name.log)"; }
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 30 -A 'Mozilla/5.0' "http://127.0.0.1:$port/" || true)
    case "$code" in 2*|3*) echo "instance $name answers on http://127.0.0.1:$port (HTTP $code)"; return 0 ;; esac
    sleep 2
  done
  die "instance $name did not answer in 6 minutes (log $state/$name.log)"
}

echo "== start A and B"
start_instance a "$port_a" ''
wait_instance a "$port_a"   # A first: it applies any pending migration alone
start_instance b "$port_b" "$second"
wait_instance b "$port_b"

cat <<EOF

Web farm up: two nopCommerce instances, one database, Redis $redis ($cache), one key ring.
  A  http://127.0.0.1:$port_a   $store           PID $(cat "$state/a.pid"), log $state/a.log
  B  http://127.0.0.1:$port_b   $second         PID $(cat "$state/b.pid"), log $state/b.log
Tests:  STORE_URLS=http://127.0.0.1:$port_a,http://127.0.0.1:$port_b SANDBOX_URL=… STORE_DB=… \\
        dotnet test Nop.Plugin.Misc.AiqLoyalty.Tests --filter TestCategory=WebFarm
Stop:   $0 --store $store --stop
EOF
