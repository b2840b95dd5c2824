#!/usr/bin/env bash
# Load test (docs/performance/load.md): starts the application against a PostgreSQL database on 127.0.0.1:5432,
# waits for /actuator/health, runs LoadTestBenchmark with 50, 200 and 500 users, then stops the application.
#
#   scripts/load-test.sh [database=load1m] [users=50,200,500] [duration=PT3M]
#
# The database must hold the generator's load-test accounts (load-agency-001..., password demo), e.g. a copy of the
# 1M database: createdb -h 127.0.0.1 -U postgres -T scale1m load1m
#
# Which application: the production jar, built by `./mvnw -Pproduction package -DskipTests`; when that cannot build
# (offline, the production profile needs artifacts the local Maven cache lacks) it runs the development-mode
# application with the committed frontend
# bundle (src/main/bundles/dev.bundle, so no Node), dev tools and the component tracker off. Development mode is
# slower and heavier per session than production: the script says which one ran.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-load1m}
USERS=${2:-50,200,500}
DURATION=${3:-PT3M}
PORT=${LOAD_PORT:-8090}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres APP_DEMO_ENABLED=false
APP_ARGS="--server.port=$PORT --vaadin.devmode.devTools.enabled=false --vaadin.devmode.componentTracker.enabled=false"
APP_JVM="-Xmx${LOAD_APP_HEAP:-2g}"
LOG=target/load-test-app.log
mkdir -p target

production_jar() {
  for jar in target/pci-tracker-*.jar; do
    [ -f "$jar" ] && unzip -p "$jar" 'META-INF/VAADIN/config/flow-build-info.json' 2>/dev/null \
      | grep -q '"productionMode" *: *true' && { echo "$jar"; return 0; }
  done
  return 1
}

# The jar is built from the working tree every time (about 15 s with the committed production bundle): a jar left in
# target/ from an earlier commit would measure old code.
JAR=
if ./mvnw -B -o -q -Pproduction package -DskipTests -Dcyclonedx.skip=true >target/load-test-build.log 2>&1; then
  JAR=$(production_jar || true)
fi
if [ -n "$JAR" ]; then
  echo "Application: production mode, $JAR"
  setsid "$JAVA_HOME/bin/java" $APP_JVM -jar "$JAR" $APP_ARGS >"$LOG" 2>&1 &
else
  echo "Application: development mode with the committed bundle (no production build: see target/load-test-build.log)"
  # optimizedLaunch=false: spring-boot:run otherwise starts the JVM with -XX:TieredStopAtLevel=1 (no C2 compiler).
  setsid ./mvnw -B -o spring-boot:run -Dspring-boot.run.optimizedLaunch=false -Dspring-boot.run.jvmArguments="$APP_JVM" \
    -Dspring-boot.run.arguments="$APP_ARGS" >"$LOG" 2>&1 &
fi
GROUP=$!
trap 'kill -- -$GROUP 2>/dev/null || true' EXIT INT TERM

for _ in $(seq 1 300); do
  curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 2
done
curl -fs "http://localhost:$PORT/actuator/health" >/dev/null || { echo "application did not start, see $LOG"; exit 1; }
APP_PID=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
echo "Application up on port $PORT (pid $APP_PID); machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

./mvnw -B -o -Pbenchmark test -Dbenchmark=LoadTestBenchmark -Dload.url="http://localhost:$PORT" \
  -Dload.users="$USERS" -Dload.duration="$DURATION" -Dload.appPid="$APP_PID" ${LOAD_OPTS:-} \
  | sed -n '/^Load test against/,/^\[INFO\] Tests run/p'
