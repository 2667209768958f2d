#!/usr/bin/env bash
# Every test: manifest schema check, types, lint, unit and workbook specs.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== 清单校验 (manifest.xml)"
bash scripts/validate-manifest.sh
echo "== 类型检查 (tsc)"
npx tsc --noEmit
echo "== 代码检查 (eslint)"
npx eslint src tests scripts
echo "== 构建 (webpack)"
npx webpack --mode production --no-stats
echo "== 单元测试 (vitest)"
bash scripts/ensure-system-deps.sh soffice:libreoffice-calc-nogui chromium:chromium openssl:openssl
npx vitest run
