#!/usr/bin/env bash
# Checks manifest.xml offline against the Office add-in XML schemas. Uses the shared validator beside
# the checkout (../shared/bin/validate-manifest) where it exists, otherwise the same check against the
# copy of its schemas in tests/manifest-schemas, so that a clone elsewhere is checked too.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh xmllint:libxml2-utils
if [ -x ../shared/bin/validate-manifest ]; then
  ../shared/bin/validate-manifest manifest.xml
else
  xmllint --noout --nonet --schema tests/manifest-schemas/OfficeAppManifestV1_1.xsd manifest.xml
fi
