#!/usr/bin/env bash
# Builds the plugin (Release) against the nopCommerce 4.90 store in NOPCOMMERCE_DIR and packs the
# folder as the zip that Admin > Configuration > Local plugins > "Upload plugin or theme" takes.
#   NOPCOMMERCE_DIR=/path/to/store ./scripts/package-plugin.sh        -> artifacts/Misc.AiqLoyalty.zip
set -euo pipefail
cd "$(dirname "$0")/.."
: "${NOPCOMMERCE_DIR:?Set NOPCOMMERCE_DIR to a published nopCommerce 4.90 store (the folder with Nop.Web.dll)}"

rm -rf artifacts/Plugins/Misc.AiqLoyalty artifacts/Misc.AiqLoyalty.zip
dotnet build Nop.Plugin.Misc.AiqLoyalty -c Release -p:NopCommerceDir="$NOPCOMMERCE_DIR"
(cd artifacts/Plugins && python3 -c 'import shutil; shutil.make_archive("../Misc.AiqLoyalty", "zip", ".", "Misc.AiqLoyalty")')
echo "Plugin folder: artifacts/Plugins/Misc.AiqLoyalty"
echo "Upload zip:    artifacts/Misc.AiqLoyalty.zip"
