# Sourced by .ci/run and ./kennisbank: exports JAVA_HOME pointing at a JDK 21 or newer.
kb_java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1; }
kb_pick_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -r); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(kb_java_major "$candidate")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! JAVA_HOME=$(kb_pick_jdk); then
  echo "Geen JDK 21 of nieuwer gevonden. Installeer een JDK 21+ en zet JAVA_HOME (No JDK 21+ found)." >&2
  exit 2
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
