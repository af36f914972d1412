#!/usr/bin/env bash
# Starts an Eclipse installation headless (no application; the Gogo console on stdin), starts every
# WasmScope bundle and checks that each is ACTIVE and that nothing was logged with ERROR severity.
# Usage: check-installation.sh INSTALLATION_DIR WORK_DIR
set -euo pipefail

installation=$1
work=$2
bundles=(org.wasmscope.runtime org.wasmscope.debug.core org.wasmscope.debug.ui org.wasmscope.views)

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/../../.mvn/find-jdk.sh"
jdk=$(find_jdk)

launcher=$(ls "$installation"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$launcher" ]; then
    echo "installation check: no Equinox launcher in $installation/plugins" >&2
    exit 1
fi

rm -rf "$work"
mkdir -p "$work"
workspace=$work/workspace
console=$work/console.txt

# The console reads one command per line (Equinox's start, not Gogo's URL-taking one); the commands
# wait until the framework says it is launched.
{
    for _ in $(seq 120); do
        grep -q "Framework is launched" "$console" 2>/dev/null && break
        sleep 1
    done
    for b in "${bundles[@]}"; do echo "equinox:start $b"; done
    sleep 3
    echo "ss org.wasmscope"
    sleep 2
    echo "close"
    echo "y"
} | timeout 180 "$jdk/bin/java" -Declipse.ignoreApp=true -Dosgi.noShutdown=true \
        -jar "$launcher" -data "$workspace" -console -consoleLog -nosplash >"$console" 2>&1 || true

echo "--- console of the installation ($console) ---"
cat "$console"
echo "---"

failed=0
for b in "${bundles[@]}"; do
    if [ ! -e "$(ls "$installation"/plugins/"$b"_*.jar 2>/dev/null | head -n 1)" ]; then
        echo "installation check: $b is not installed in $installation/plugins" >&2
        failed=1
    elif ! grep -Eq "^[0-9]+[[:space:]]+ACTIVE[[:space:]]+${b//./\\.}_" "$console"; then
        echo "installation check: $b did not reach ACTIVE" >&2
        failed=1
    else
        echo "installation check: $b ACTIVE"
    fi
done

# Errors logged by the platform: !ENTRY lines with severity 4 (ERROR) in the workspace and configuration logs.
for log in "$workspace/.metadata/.log" "$installation"/configuration/*.log; do
    [ -e "$log" ] || continue
    if grep -Eq '^!ENTRY [^ ]+ 4 ' "$log"; then
        echo "installation check: errors logged in $log:" >&2
        cat "$log" >&2
        failed=1
    fi
done
if grep -Eq '^!ENTRY [^ ]+ 4 ' "$console"; then
    echo "installation check: errors on the console" >&2
    failed=1
fi

if [ "$failed" -ne 0 ]; then
    echo "installation check: FAILED" >&2
    exit 1
fi
echo "installation check: all ${#bundles[@]} WasmScope bundles ACTIVE, no errors logged"
