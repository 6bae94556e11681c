# Sourced by ./bulkhead and ./run-tests: prints the home of a JDK 21 or newer.
# Order: $BULKHEAD_JAVA_HOME, $JAVA_HOME, then the usual install folders, newest first.

bulkhead_jdk_major() {
  # The major version of the JDK at $1, from its release file or, failing that, from java itself.
  local home="$1" v=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  if [ -f "$home/release" ]; then
    v="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$home/release" | head -n1)"
  fi
  if [ -z "$v" ]; then
    v="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n1)"
  fi
  [ "$v" = "1" ] && v=8
  [ -n "$v" ] && echo "$v"
}

bulkhead_find_jdk() {
  local c major best="" best_major=0
  for c in "${BULKHEAD_JAVA_HOME:-}" "${JAVA_HOME:-}"; do
    [ -n "$c" ] || continue
    major="$(bulkhead_jdk_major "$c")" || continue
    if [ "$major" -ge 21 ]; then echo "$c"; return 0; fi
  done
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* /opt/*jdk* /usr/local/*jdk* /usr/java/* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$c" ] || continue
    major="$(bulkhead_jdk_major "$c")" || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$c"; best_major="$major"; fi
  done
  [ -n "$best" ] && { echo "$best"; return 0; }
  return 1
}
