#!/bin/sh
# Bakes a site with stock JBake 2.7.0 in its own JVM, on its own classpath (never the generator's), so the
# generator's output can be compared with what JBake users get today.
#
#   jbake-compat/stock-jbake.sh SOURCE OUTPUT
#
# The first run resolves jbake-core 2.7.0 and the runtime dependencies it declares (OrientDB included) with the
# project's Maven wrapper into jbake-compat/target/stock-lib. The bake runs in UTC with an English default locale
# (jbake.properties may set jvm.locale), so the output does not depend on the machine.
set -eu
if [ $# -ne 2 ]; then
  echo "usage: $0 SOURCE OUTPUT" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lib="$here/target/stock-lib"
if [ -z "${JAVA_HOME:-}" ] && [ -f "$root/.ci/find-jdk.sh" ]; then
  . "$root/.ci/find-jdk.sh"
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ ! -f "$lib/jbake-core-2.7.0.jar" ]; then
  "$root/mvnw" -q -B -ntp -f "$here/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$lib" -DincludeScope=runtime >&2
fi
src=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
rm -rf "$out"/*
# logback 1.2 at INFO: JBake logs every file at DEBUG otherwise
cat > "$here/target/logback.xml" <<'XML'
<configuration>
  <appender name="err" class="ch.qos.logback.core.ConsoleAppender"><target>System.err</target>
    <encoder><pattern>%level %logger{0} - %msg%n</pattern></encoder></appender>
  <root level="INFO"><appender-ref ref="err"/></root>
</configuration>
XML
exec "$java" -Duser.timezone=UTC -Duser.language=en -Duser.country=US \
  -Dlogback.configurationFile="$here/target/logback.xml" \
  -cp "$lib/*" org.jbake.launcher.Main -b "$src" "$out"
