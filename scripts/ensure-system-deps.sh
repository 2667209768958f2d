#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: xmllint (libxml2-utils) for the
# manifest schema check. Usage: ensure-system-deps.sh [package-for-command …] as "command:package", or
# "/absolute/path:package" for a package without a command of its own (a font, LibreOffice Writer).
set -euo pipefail
needs=()
for pair in "${@:-xmllint:libxml2-utils}"; do
  cmd=${pair%%:*}; pkg=${pair#*:}
  if [[ $cmd == /* ]]; then [ -e "$cmd" ] || needs+=("$pkg"); else command -v "$cmd" >/dev/null 2>&1 || needs+=("$pkg"); fi
done
[ ${#needs[@]} -eq 0 ] && exit 0
echo "安装测试所需的系统软件包：${needs[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "缺少 ${needs[*]}，且无 root 权限安装：请运行 apt-get install -y ${needs[*]}" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null || true
$sudo apt-get install -y -qq "${needs[@]}" >/dev/null
