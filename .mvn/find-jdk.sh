# Sourced by ./mvnw and ./studybench: exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME when it is new enough, then `java` on the PATH, then the usual install folders.
# `sb_find_jdk runtime` (the installed product's launcher) also accepts a Java runtime without javac,
# as servers and container images often have only that.
# POSIX sh (mvnw runs under /bin/sh with `set -euf`).

sb_java_major() {
  # Prints the feature version of the JDK in $1 (e.g. 21, 25), or nothing if it is not a JDK
  # (or, with sb_runtime_ok set, not a Java runtime). The version comes from the JDK's `release` file
  # (JAVA_VERSION="25.0.3"; "1.8.0_392" is 8) when it has one: starting a JVM only to ask costs 50-150 ms,
  # on every command, for each JDK installed. Without that file, java itself is asked.
  [ -x "$1/bin/java" ] && { [ -n "${sb_runtime_ok-}" ] || [ -x "$1/bin/javac" ]; } || return 0
  sb_v=""
  [ -r "$1/release" ] && sb_v=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$1/release" | head -n 1)
  if [ -n "$sb_v" ]; then
    echo "$sb_v"
    return 0
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

sb_find_jdk() {
  sb_required=21
  sb_runtime_ok=""
  [ "${1-}" = runtime ] && sb_runtime_ok=1
  if [ -n "${JAVA_HOME-}" ]; then
    v=$(sb_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$sb_required" ]; then return 0; fi
  fi
  sb_candidates=""
  sb_tool=javac
  [ -n "$sb_runtime_ok" ] && sb_tool=java
  if command -v "$sb_tool" >/dev/null 2>&1; then
    sb_javac=$(readlink -f "$(command -v "$sb_tool")" 2>/dev/null || command -v "$sb_tool")
    sb_candidates="$(dirname "$(dirname "$sb_javac")")"
  fi
  set +f  # globbing may be off (mvnw uses set -f)
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/*; do
    [ -d "$d" ] && sb_candidates="$sb_candidates
$d"
  done
  sb_best="" sb_best_v=0
  sb_old_ifs=$IFS
  IFS='
'
  for d in $sb_candidates; do
    v=$(sb_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge "$sb_required" ] && [ "$v" -gt "$sb_best_v" ]; then
      sb_best=$d sb_best_v=$v
    fi
  done
  IFS=$sb_old_ifs
  if [ -z "$sb_best" ]; then
    if [ -n "$sb_runtime_ok" ]; then
      echo "StudyBench needs Java 21 or newer, and none was found (JAVA_HOME=${JAVA_HOME-unset}, searched the PATH, /usr/lib/jvm, /usr/java, /opt)." >&2
      echo "Install it, e.g. 'sudo apt-get install openjdk-21-jre-headless' (Debian/Ubuntu) or Eclipse Temurin 21+, or set JAVA_HOME to it." >&2
    else
      echo "StudyBench needs a JDK 21 or newer, and none was found (JAVA_HOME=${JAVA_HOME-unset}, searched /usr/lib/jvm, /usr/java, /opt)." >&2
      echo "Install one, e.g. 'sudo apt-get install openjdk-21-jdk-headless' (Debian/Ubuntu) or Eclipse Temurin 21+, or set JAVA_HOME to it." >&2
    fi
    return 1
  fi
  JAVA_HOME=$sb_best
  export JAVA_HOME
}
