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
# The notice (通报): Writer converts the .docx to PDF, poppler reads the PDF, the charts need a CJK font.
bash scripts/ensure-system-deps.sh soffice:libreoffice-calc-nogui chromium:chromium openssl:openssl \
  /usr/lib/libreoffice/program/libswlo.so:libreoffice-writer-nogui pdftotext:poppler-utils \
  /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc:fonts-noto-cjk
npx vitest run
