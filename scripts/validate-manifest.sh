#!/usr/bin/env bash
# Checks manifest.xml offline against the Office add-in schemas kept beside the checkout (../shared).
set -euo pipefail
cd "$(dirname "$0")/.."
validator=../shared/bin/validate-manifest
if [ ! -x "$validator" ]; then
  echo "validate-manifest: $validator 不存在（清单架构文件应位于检出目录旁的 shared/ 中）" >&2
  exit 1
fi
bash scripts/ensure-system-deps.sh xmllint:libxml2-utils
"$validator" manifest.xml
