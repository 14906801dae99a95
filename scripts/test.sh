#!/usr/bin/env bash
# Runs every test tier that this machine can run and says which tiers were skipped and why.
#   Core, Client, Sandbox,  always (only the .NET SDK is needed)
#   Demo helper
#   Plugin                  when a published nopCommerce 4.90 store is found: NOPCOMMERCE_DIR, else
#                           nopCommerce's Linux default folder /var/www/nopCommerce if it holds Nop.Web.dll
#                           (includes scripts/demo.sh end to end, category Demo, a few minutes)
#   Browser, Redemption     when STORE_URL and SANDBOX_URL point at a running store and sandbox
#   WebFarm                 when STORE_URLS names two or more instances of one store and SANDBOX_URL is set
# Ends with one line "tests: N passed, N failed, N skipped"; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_ROLL_FORWARD="${DOTNET_ROLL_FORWARD:-Major}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tiers_ran=("Core" "Client" "Sandbox" "Demo helper")
tiers_skipped=()

# Where nopCommerce is: NOPCOMMERCE_DIR when set, else the folder nopCommerce's Linux installation
# guide publishes to, when a store is there. The folder found is passed to every build below.
nop_default_dir=/var/www/nopCommerce
nop_build_args=()
if [[ -n "${NOPCOMMERCE_DIR:-}" ]]; then
  echo "nopCommerce: ${NOPCOMMERCE_DIR} (from NOPCOMMERCE_DIR)"
  nop_build_args=("-p:NopCommerceDir=${NOPCOMMERCE_DIR}")
elif [[ -f "$nop_default_dir/Nop.Web.dll" ]]; then
  echo "nopCommerce: $nop_default_dir (NOPCOMMERCE_DIR not set; nopCommerce's Linux default folder holds Nop.Web.dll)"
  nop_build_args=("-p:NopCommerceDir=$nop_default_dir")
else
  echo "nopCommerce: none (NOPCOMMERCE_DIR not set and $nop_default_dir holds no Nop.Web.dll)"
fi

# Ask MSBuild itself whether the plugin tier compiles (the same test the build uses).
nop_available=$(dotnet msbuild Nop.Plugin.Misc.AiqLoyalty.Tests/Nop.Plugin.Misc.AiqLoyalty.Tests.csproj "${nop_build_args[@]}" -getProperty:NopCommerceAvailable 2>/dev/null || echo false)
if [[ "$nop_available" == "true" ]]; then
  tiers_ran+=("Plugin")
elif [[ ${#nop_build_args[@]} -gt 0 ]]; then
  tiers_skipped+=("Plugin (${nop_build_args[0]#-p:NopCommerceDir=} is not a published nopCommerce 4.90 store: Nop.Web.dll or Nop.Web.Framework.dll is missing)")
else
  tiers_skipped+=("Plugin (no nopCommerce: set NOPCOMMERCE_DIR to a published nopCommerce 4.90 store, or publish one to $nop_default_dir)")
fi

if [[ -n "${STORE_URL:-}" && -n "${SANDBOX_URL:-}" ]]; then
  tiers_ran+=("Browser" "Redemption")
else
  tiers_skipped+=("Browser, Redemption (set STORE_URL and SANDBOX_URL to a running store with the plugin and a sandbox)")
fi

farm_instances=$(printf '%s' "${STORE_URLS:-}" | tr ',' '\n' | grep -c '[^[:space:]]' || true)
if [[ "$farm_instances" -ge 2 && -n "${SANDBOX_URL:-}" ]]; then
  tiers_ran+=("WebFarm")
else
  tiers_skipped+=("WebFarm (set STORE_URLS to two or more instances of one store, e.g. from scripts/web-farm.sh, and SANDBOX_URL)")
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test Nop.Plugin.Misc.AiqLoyalty.Tests/Nop.Plugin.Misc.AiqLoyalty.Tests.csproj "${nop_build_args[@]}" \
  --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# "Total tests: N" is followed by "Passed: N", "Failed: N", "Skipped: N" lines (zero counts omitted).
count() { awk -v key="$1" '/Total tests:/ {seen=1} seen && $1 == key":" {print $2; exit}' "$log"; }
summary=$(grep -c 'Total tests:' "$log" || true)
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}

echo
echo "Test tiers run: ${tiers_ran[*]}"
for tier in "${tiers_skipped[@]}"; do echo "Test tier skipped: $tier"; done
if [[ "$summary" == "0" ]]; then
  echo "No test summary found: the build or the test host failed."
  echo "tests: 0 passed, 1 failed"
  exit 1
fi
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [[ "$status" -ne 0 || "$failed" -ne 0 || "$passed" -eq 0 ]]; then
  exit 1
fi
