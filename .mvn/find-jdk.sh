# Finds a JDK 21 or newer for the build, the command line and CI (Tycho 5 and the bundles need 21;
# the machine's default java may be older). Sourced by mvnw, wasmscope and .ci/run; POSIX sh.
#
# find_jdk prints JAVA_HOME if that is a JDK >= 21, else the newest such JDK under /usr/lib/jvm;
# if there is none it says so on stderr and fails.

jdk_feature_version() {
    _v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
    if [ -z "$_v" ] && [ -x "$1/bin/java" ]; then
        _v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
    fi
    echo "$_v"
}

find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        _v=$(jdk_feature_version "$JAVA_HOME")
        if [ -n "$_v" ] && [ "$_v" -ge 21 ]; then
            echo "$JAVA_HOME"
            return 0
        fi
    fi
    _best=""
    _best_v=0
    for _d in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort); do
        [ -x "$_d/bin/javac" ] || continue
        _v=$(jdk_feature_version "$_d")
        if [ -n "$_v" ] && [ "$_v" -ge 21 ] && [ "$_v" -gt "$_best_v" ]; then
            _best=$_d
            _best_v=$_v
        fi
    done
    if [ -z "$_best" ]; then
        echo "WasmScope needs a JDK 21 or newer (with javac): JAVA_HOME is ${JAVA_HOME:-unset} and /usr/lib/jvm has none." >&2
        echo "Install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
        return 1
    fi
    echo "$_best"
}
