#!/usr/bin/env bash
# SAMIA TAROT without Docker: a real PostgreSQL 15, a real Kafka broker (KRaft, jars from Maven
# Central), the five Quarkus services and an nginx gateway on one port. All state lives in the
# git-ignored <repo>/.data folder. Every command is safe to repeat.
#
#   deploy/local/stack.sh up                 infra + build + services + gateway, then a URL table
#   deploy/local/stack.sh infra              PostgreSQL + platform migration of 'samia' + Kafka
#   deploy/local/stack.sh test [mvn args]    infra with a freshly recreated 'samia_test', then
#                                            ./mvnw -B verify [mvn args]; without mvn args it then
#                                            runs 'up' and deploy/system-tests through the gateway.
#                                            Infra is left running afterwards (use 'down').
#   deploy/local/stack.sh restart <service>  rebuild one service module, restart only that service
#   deploy/local/stack.sh status             one line per component
#   deploy/local/stack.sh down               stop what this script started
#   deploy/local/stack.sh logs <component>   tail a log (identity..audit, kafka, gateway, postgres)
#   deploy/local/stack.sh gateway-check      render the nginx config and check it with nginx -t
set -euo pipefail

# nginx and the PostgreSQL tools live in sbin on Debian; a CI environment may not have it on PATH.
PATH="$PATH:/usr/sbin:/sbin"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO/deploy/local"
DATA="$REPO/.data"
LOGS="$DATA/logs"
PIDS="$DATA/pids"
STAMPS="$DATA/stamps"
KAFKA_DIR="$DATA/kafka"
NGINX_DIR="$DATA/nginx"
KEYS="$DATA/keys"

PG_VERSION=15
PG_CLUSTER=main
PG_PORT=5432
DB_NAME=samia
TEST_DB_NAME="${SAMIA_TEST_DB_NAME:-samia_test}" # another name lets two test runs share one machine
ADMIN_USER=samia_admin
ADMIN_PASSWORD="${SAMIA_DB_ADMIN_PASSWORD:-samia_admin_local}"

KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
EVENT_TOPICS=(identity.events tarot.events chat.events wallet.events)
DLQ_TOPICS=(audit.dlq identity.dlq tarot.dlq chat.dlq wallet.dlq)

GATEWAY_PORT=8080
SERVICES=(identity tarot chat wallet audit)
declare -A PORT=([identity]=8081 [tarot]=8082 [chat]=8083 [wallet]=8084 [audit]=8085)
# JVM options of the services that need other than DEFAULT_JVM_OPTS (SAMIA_JVM_OPTS_<SVC> overrides either).
# audit-service ingests in bulk: the parallel collector and room for its decoded backlog (with G1 in 384 MB, GC
# threads took a third of its CPU during an ingest).
DEFAULT_JVM_OPTS="-Xmx384m"
declare -A JVM_OPTS=([audit]="-Xmx512m -XX:+UseParallelGC")

READY_TIMEOUT="${SAMIA_READY_TIMEOUT:-120}" # seconds per service (raise it on a busy machine)
KAFKA_TIMEOUT=90   # seconds for the broker to start
STOP_TIMEOUT=20    # seconds between SIGTERM and SIGKILL

# ---------------------------------------------------------------------------------------------
# helpers

log() { printf '[stack %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() {
  printf '[stack] ERROR: %s\n' "$*" >&2
  exit 1
}

# True when something listens on the TCP port (any address).
listening() { [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]; }

port_owner() {
  local who
  who="$(ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'users:(.*)' | head -n 1)"
  printf '%s' "${who:-an unknown process}"
}

require_free_port() { # component port
  if listening "$2"; then
    die "port $2 (needed by $1) is in use by $(port_owner "$2"), which this script did not start. Stop it or free the port."
  fi
}

# A process counts as alive unless it is gone or a zombie (PID 1 of a container may never reap).
alive() {
  local state
  state="$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d ' ' -f 1)" || return 1
  [[ -n $state && $state != Z ]]
}

# Prints the pid recorded for a component if that process is alive AND its command line contains
# the marker (an absolute path inside this checkout), so a recycled pid or another checkout's
# process is never taken for ours.
live_pid() { # component marker
  local file="$PIDS/$1.pid" pid
  [[ -r $file ]] || return 1
  pid="$(<"$file")"
  [[ $pid =~ ^[0-9]+$ ]] && alive "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2" || return 1
  printf '%s\n' "$pid"
}

# Starts a long-running command detached from this shell (own session, no stdin, log file), and
# closes fd 9 (the stack lock) so the child does not keep the lock after we exit.
start_bg() { # component logfile command...
  local name=$1 logfile=$2
  shift 2
  [[ -f $logfile ]] && mv -f "$logfile" "$logfile.1"
  setsid nohup "$@" >"$logfile" 2>&1 </dev/null 9>&- &
  echo "$!" >"$PIDS/$name.pid"
}

stop_component() { # component marker
  local pid i
  if pid="$(live_pid "$1" "$2")"; then
    log "stopping $1 (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < STOP_TIMEOUT * 2; i++)); do
      alive "$pid" || break
      sleep 0.5
    done
    if alive "$pid"; then
      log "$1 still running after ${STOP_TIMEOUT}s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$PIDS/$1.pid"
}

# True when any file under the given repo-relative paths is newer than the reference file.
newer_than() { # reference paths...
  local ref=$1
  shift
  [[ -n "$(cd "$REPO" && find "$@" -newer "$ref" -print -quit 2>/dev/null)" ]]
}

apt_install() {
  [[ $EUID -eq 0 ]] || die "installing $* needs root (apt-get)"
  log "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

tail_log() { # file lines
  if [[ -f $1 ]]; then
    printf -- '----- last %s lines of %s -----\n' "$2" "$1" >&2
    tail -n "$2" "$1" >&2
    printf -- '-----\n' >&2
  fi
}

# Serialises concurrent runs (several people share one checkout and machine).
take_lock() {
  exec 9>"$DATA/stack.lock"
  if ! flock -n 9; then
    log "another stack.sh run holds $DATA/stack.lock, waiting for it"
    flock -w 900 9 || die "timed out waiting for $DATA/stack.lock"
  fi
}
release_lock() { exec 9>&-; }

init_dirs() {
  mkdir -p "$LOGS" "$PIDS" "$STAMPS" "$KAFKA_DIR" "$NGINX_DIR" "$KEYS"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL

pg_field() { # column of `pg_lsclusters` for our cluster: 3 = port, 4 = status
  pg_lsclusters -h "$PG_VERSION" "$PG_CLUSTER" 2>/dev/null | awk -v f="$1" '{print $f}'
}

ensure_postgres() {
  command -v pg_lsclusters >/dev/null || apt_install "postgresql-$PG_VERSION"
  local status port i
  status="$(pg_field 4)"
  [[ -n $status ]] || die "PostgreSQL cluster $PG_VERSION/$PG_CLUSTER does not exist (see pg_lsclusters)"
  port="$(pg_field 3)"
  [[ $port == "$PG_PORT" ]] || die "cluster $PG_VERSION/$PG_CLUSTER is configured for port $port, expected $PG_PORT"
  if [[ $status == online* ]]; then
    log "postgres: cluster $PG_VERSION/$PG_CLUSTER already online"
  else
    require_free_port postgres "$PG_PORT"
    log "postgres: starting cluster $PG_VERSION/$PG_CLUSTER"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start 9>&-
    # remember it, so that 'down' stops only a cluster that 'up' started
    echo "$PG_VERSION $PG_CLUSTER" >"$PIDS/postgres.started"
  fi
  for ((i = 0; i < 60; i++)); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && return 0
    sleep 0.5
  done
  tail_log "/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log" 30
  die "PostgreSQL does not accept connections on 127.0.0.1:$PG_PORT"
}

# SQL from stdin, run by the postgres OS user (peer auth) on the given database.
psql_postgres() { # database
  (cd / && su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -d $1")
}

# The superuser login the platform migrator uses; services never get it.
ensure_admin_role() {
  local password=${ADMIN_PASSWORD//\'/\'\'}
  psql_postgres postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ADMIN_USER') THEN
    CREATE ROLE $ADMIN_USER LOGIN SUPERUSER;
  END IF;
END
\$\$;
ALTER ROLE $ADMIN_USER WITH LOGIN SUPERUSER PASSWORD '$password';
SQL
}

ensure_database() { # name
  psql_postgres postgres <<SQL
SELECT format('CREATE DATABASE %I OWNER %I', '$1', '$ADMIN_USER')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$1')
\gexec
SQL
}

# Tests always start from clean migrations.
recreate_database() { # name
  log "postgres: recreating database $1"
  psql_postgres postgres <<SQL
DROP DATABASE IF EXISTS $1 WITH (FORCE);
CREATE DATABASE $1 OWNER $ADMIN_USER;
SQL
}

# The migrator is a plain main in shared-schema; its classes exist only after a build.
ensure_shared_schema_built() {
  local classpath="$REPO/shared-schema/target/runtime-classpath.txt" stamp="$STAMPS/shared-schema"
  [[ -f $REPO/shared-schema/src/main/java/com/samiatarot/shared/platform/PlatformMigrator.java ]] ||
    die "shared-schema has no PlatformMigrator yet: the platform migration cannot run"
  if [[ -f $classpath && -d $REPO/shared-schema/target/classes && -f $stamp ]] &&
    ! newer_than "$stamp" shared-schema/src shared-schema/pom.xml pom.xml; then
    return 0
  fi
  log "building shared-schema (platform migrator)"
  # -am also installs the parent POM, so later '-pl <service>' builds resolve shared-schema from ~/.m2
  ./mvnw -q -B -pl shared-schema -am install -DskipTests
  touch "$stamp"
}

run_platform_migrator() { # database
  local classpath
  classpath="$(<"$REPO/shared-schema/target/runtime-classpath.txt")"
  log "postgres: applying platform migrations to database $1"
  SAMIA_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$1" \
    SAMIA_DB_ADMIN_USER="$ADMIN_USER" \
    SAMIA_DB_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -cp "$REPO/shared-schema/target/classes:$classpath" com.samiatarot.shared.platform.PlatformMigrator
}

# ---------------------------------------------------------------------------------------------
# Kafka

KAFKA_MARKER="$KAFKA_DIR/server.properties"

ensure_kafka_jars() {
  local libs="$KAFKA_DIR/libs" done_marker="$KAFKA_DIR/libs/.complete" started=$SECONDS
  if [[ -f $done_marker && ! $HERE/kafka/pom.xml -nt $done_marker ]]; then
    return 0
  fi
  log "kafka: copying broker jars from Maven Central into $libs (once)"
  rm -rf "$libs"
  ./mvnw -q -B -f "$HERE/kafka/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$libs"
  touch "$done_marker"
  log "kafka: jars ready in $((SECONDS - started)) s"
}

# Kafka's command-line tools: quiet logging and JVM flags for a fast start.
kafka_tool() {
  java -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dsamia.kafka.loglevel=WARN \
    -Dlog4j2.configurationFile="$HERE/kafka/log4j2.xml" -cp "$KAFKA_DIR/libs/*" "$@"
}

ensure_kafka_storage() {
  sed "s#@KAFKA_DATA@#$KAFKA_DIR/data#" "$HERE/kafka/server.properties.template" >"$KAFKA_DIR/server.properties"
  [[ -f $KAFKA_DIR/data/meta.properties ]] && return 0
  local cluster_id
  cluster_id="$(kafka_tool kafka.tools.StorageTool random-uuid | tail -n 1)"
  log "kafka: formatting storage (cluster id $cluster_id)"
  kafka_tool kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_DIR/server.properties" --standalone >/dev/null
}

start_kafka() {
  local pid started
  if pid="$(live_pid kafka "$KAFKA_MARKER")"; then
    log "kafka: already running (pid $pid)"
    return 0
  fi
  require_free_port kafka "$KAFKA_PORT"
  require_free_port kafka-controller "$KAFKA_CONTROLLER_PORT"
  ensure_kafka_jars
  ensure_kafka_storage
  log "kafka: starting broker on $KAFKA_BOOTSTRAP"
  started=$SECONDS
  start_bg kafka "$LOGS/kafka.log" java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dsamia.kafka.loglevel=INFO -Dlog4j2.configurationFile="$HERE/kafka/log4j2.xml" \
    -cp "$KAFKA_DIR/libs/*" kafka.Kafka "$KAFKA_MARKER"
  pid="$(<"$PIDS/kafka.pid")"
  while ((SECONDS - started < KAFKA_TIMEOUT)); do
    alive "$pid" || break
    if listening "$KAFKA_PORT" && grep -q 'Kafka Server started' "$LOGS/kafka.log"; then
      log "kafka: broker up (pid $pid) in $((SECONDS - started)) s"
      return 0
    fi
    sleep 0.5
  done
  tail_log "$LOGS/kafka.log" 40
  alive "$pid" && die "kafka did not start within ${KAFKA_TIMEOUT}s (still running as pid $pid)"
  rm -f "$PIDS/kafka.pid"
  die "kafka exited during start"
}

# Pre-created so the first send does not race topic auto-creation. One JVM lists the topics,
# then one TopicCommand JVM per missing topic (sequential: on 2 cores that beats parallel JVMs).
ensure_topics() {
  local existing topic partitions started=$SECONDS
  local -a missing=()
  existing="$(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --list)"
  for topic in "${EVENT_TOPICS[@]}" "${DLQ_TOPICS[@]}"; do
    grep -qxF "$topic" <<<"$existing" || missing+=("$topic")
  done
  ((${#missing[@]})) || return 0
  for topic in "${missing[@]}"; do
    partitions=3
    [[ $topic == *.dlq ]] && partitions=1
    kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --create \
      --if-not-exists --topic "$topic" --partitions "$partitions" --replication-factor 1 >/dev/null ||
      die "kafka: creating topic $topic failed"
  done
  log "kafka: created topics ${missing[*]} in $((SECONDS - started)) s"
}

# ---------------------------------------------------------------------------------------------
# services

service_jar() { printf '%s/%s-service/target/quarkus-app/quarkus-run.jar' "$REPO" "$1"; }

# Builds (root install, once, covering all modules) when a service that is about to start has no
# jar or sources newer than it. Running services are never restarted: they keep their build.
build_services() {
  local svc jar stale="" outdated_running=""
  for svc in "${SERVICES[@]}"; do
    [[ -d $REPO/$svc-service ]] || die "module $svc-service does not exist"
    jar="$(service_jar "$svc")"
    if [[ -f $jar ]] && ! newer_than "$jar" "$svc-service/src" "$svc-service/pom.xml" shared-schema/src pom.xml; then
      continue
    fi
    if live_pid "$svc" "$jar" >/dev/null; then outdated_running+=" $svc"; else stale+=" $svc"; fi
  done
  [[ -z $outdated_running ]] ||
    log "build: running an older build:$outdated_running ('stack.sh down' then 'up' picks up the changes)"
  [[ -n $stale ]] || return 0
  log "build: out of date:$stale -> ./mvnw -q -B install -DskipTests"
  local started=$SECONDS
  ./mvnw -q -B install -DskipTests
  touch "$STAMPS/shared-schema"
  log "build: done in $((SECONDS - started)) s"
}

# The JWT signing key of identity-service, made once (PKCS#8 private key + public key PEM).
ensure_jwt_keys() {
  [[ -f $KEYS/jwt-private.pem && -f $KEYS/jwt-public.pem ]] && return 0
  log "keys: generating RSA-2048 JWT key pair in $KEYS"
  (
    umask 077
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/jwt-private.pem" 2>/dev/null
  )
  openssl pkey -in "$KEYS/jwt-private.pem" -pubout -out "$KEYS/jwt-public.pem"
}

start_service() { # service
  local svc=$1 pid jar
  jar="$(service_jar "$svc")"
  if pid="$(live_pid "$svc" "$jar")"; then
    log "$svc: already running (pid $pid)"
    return 0
  fi
  require_free_port "$svc" "${PORT[$svc]}"
  local -a env=(
    SAMIA_DB_HOST=127.0.0.1 SAMIA_DB_PORT="$PG_PORT" SAMIA_DB_NAME="$DB_NAME"
    KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP"
    SAMIA_JWKS_URL="http://127.0.0.1:${PORT[identity]}/.well-known/jwks.json"
    QUARKUS_PROFILE=prod QUARKUS_HTTP_PORT="${PORT[$svc]}"
  )
  if [[ $svc == identity ]]; then
    env+=(
      SAMIA_JWT_PRIVATE_KEY_LOCATION="$KEYS/jwt-private.pem"
      SAMIA_JWT_PUBLIC_KEY_LOCATION="$KEYS/jwt-public.pem"
      SAMIA_BOOTSTRAP_ADMIN_EMAIL=admin@samia.local
      SAMIA_BOOTSTRAP_ADMIN_PASSWORD=ChangeMe-Local-Only-2026
    )
  fi
  log "$svc: starting on port ${PORT[$svc]}"
  start_bg "$svc" "$LOGS/$svc.log" env "${env[@]}" java $(jvm_opts "$svc") -jar "$jar"
}

jvm_opts() { local var="SAMIA_JVM_OPTS_${1^^}"; printf '%s' "${!var:-${JVM_OPTS[$1]:-$DEFAULT_JVM_OPTS}}"; }

ready() { curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$1/q/health/ready" 2>/dev/null; }

wait_ready() { # service
  local svc=$1 pid started=$SECONDS
  pid="$(<"$PIDS/$svc.pid")"
  while ((SECONDS - started < READY_TIMEOUT)); do
    if ready "${PORT[$svc]}"; then
      log "$svc: ready (pid $pid)"
      return 0
    fi
    alive "$pid" || {
      tail_log "$LOGS/$svc.log" 30
      die "$svc exited during start"
    }
    sleep 1
  done
  tail_log "$LOGS/$svc.log" 30
  die "$svc not ready after ${READY_TIMEOUT}s (http://127.0.0.1:${PORT[$svc]}/q/health/ready)"
}

start_services() {
  local svc
  # identity first: the others fetch the JWKS from it at start
  start_service identity
  wait_ready identity
  for svc in "${SERVICES[@]:1}"; do start_service "$svc"; done
  for svc in "${SERVICES[@]:1}"; do wait_ready "$svc"; done
}

# ---------------------------------------------------------------------------------------------
# gateway (its own nginx process, never the system service)

NGINX_CONF="$NGINX_DIR/nginx.conf"

ensure_nginx() {
  command -v nginx >/dev/null && return 0
  apt_install nginx-light || apt_install nginx
}

render_gateway_config() {
  mkdir -p "$NGINX_DIR/tmp" "$NGINX_DIR/cache"
  sed -e "s#@NGINX_DIR@#$NGINX_DIR#g" -e "s#@LOG_DIR@#$LOGS#g" -e "s#@PID_FILE@#$PIDS/gateway.pid#g" \
    -e "s#@GATEWAY_PORT@#$GATEWAY_PORT#g" \
    -e "s#@IDENTITY_PORT@#${PORT[identity]}#g" -e "s#@TAROT_PORT@#${PORT[tarot]}#g" \
    -e "s#@CHAT_PORT@#${PORT[chat]}#g" -e "s#@WALLET_PORT@#${PORT[wallet]}#g" \
    -e "s#@AUDIT_PORT@#${PORT[audit]}#g" \
    "$HERE/nginx.conf.template" >"$NGINX_CONF"
}

nginx_cmd() { nginx -e "$LOGS/gateway-error.log" -p "$NGINX_DIR/" -c "$NGINX_CONF" "$@" 9>&-; }

check_gateway_config() {
  ensure_nginx
  render_gateway_config
  nginx_cmd -t -q || die "nginx rejected $NGINX_CONF"
}

start_gateway() {
  local pid i
  check_gateway_config
  if pid="$(live_pid gateway "$NGINX_CONF")"; then
    log "gateway: already running (pid $pid), reloading its configuration"
    nginx_cmd -s reload
    return 0
  fi
  require_free_port gateway "$GATEWAY_PORT"
  rm -f "$PIDS/gateway.pid"
  nginx_cmd
  for ((i = 0; i < 20; i++)); do
    if pid="$(live_pid gateway "$NGINX_CONF")" && listening "$GATEWAY_PORT"; then
      log "gateway: listening on 127.0.0.1:$GATEWAY_PORT (pid $pid)"
      return 0
    fi
    sleep 0.25
  done
  tail_log "$LOGS/gateway-error.log" 20
  die "gateway did not start"
}

# ---------------------------------------------------------------------------------------------
# commands

# Postgres + platform migration of one database + Kafka. $2=recreate drops the database first.
bring_up_infra() { # database [recreate]
  ensure_postgres
  ensure_admin_role
  if [[ ${2:-} == recreate ]]; then recreate_database "$1"; else ensure_database "$1"; fi
  ensure_shared_schema_built
  run_platform_migrator "$1"
  start_kafka
  ensure_topics
}

cmd_infra() {
  local started=$SECONDS
  take_lock
  bring_up_infra "$DB_NAME"
  log "infra ready in $((SECONDS - started)) s: postgres 127.0.0.1:$PG_PORT/$DB_NAME, kafka $KAFKA_BOOTSTRAP"
}

cmd_up() {
  local started=$SECONDS
  take_lock
  bring_up_infra "$DB_NAME"
  command -v wrk >/dev/null || apt_install wrk # for deploy/bench
  build_services
  ensure_jwt_keys
  start_services
  start_gateway
  log "stack up in $((SECONDS - started)) s"
  print_urls
}

# Rebuilds one service module (against the installed shared-schema) and restarts only that service;
# the rest of the stack keeps running. For working on one service against the running platform.
cmd_restart() { # service
  local svc=${1:-} started=$SECONDS
  [[ -n $svc && -n ${PORT[$svc]:-} ]] || die "usage: stack.sh restart identity|tarot|chat|wallet|audit"
  take_lock
  log "$svc: ./mvnw -q -B -pl $svc-service package -DskipTests"
  ./mvnw -q -B -pl "$svc-service" package -DskipTests
  stop_component "$svc" "$(service_jar "$svc")"
  ensure_jwt_keys
  start_service "$svc"
  wait_ready "$svc"
  log "$svc restarted in $((SECONDS - started)) s"
}

url_row() { printf '%-10s %-28s %-42s %s\n' "$@"; }

print_urls() {
  local svc base
  echo
  url_row COMPONENT URL HEALTH OPENAPI
  url_row gateway "http://127.0.0.1:$GATEWAY_PORT" "http://127.0.0.1:$GATEWAY_PORT/health/<service>" "-"
  for svc in "${SERVICES[@]}"; do
    base="http://127.0.0.1:${PORT[$svc]}"
    url_row "$svc" "$base" "$base/q/health/ready" "$base/q/swagger-ui"
  done
  url_row postgres "127.0.0.1:$PG_PORT/$DB_NAME" "-" "-"
  url_row kafka "$KAFKA_BOOTSTRAP" "-" "-"
  printf '\nbootstrap admin: admin@samia.local / ChangeMe-Local-Only-2026   logs: %s\n' "$LOGS"
}

cmd_test() {
  local started=$SECONDS
  take_lock
  bring_up_infra "$TEST_DB_NAME" recreate
  log "test infra ready in $((SECONDS - started)) s (left running afterwards; 'stack.sh down' stops it)"
  release_lock
  log "running ./mvnw -B verify $*"
  # SAMIA_KAFKA_LIBS: tests that need a private broker (outbox vs. a Kafka outage) start it from these jars
  env SAMIA_DB_HOST=127.0.0.1 SAMIA_DB_PORT="$PG_PORT" SAMIA_DB_NAME="$TEST_DB_NAME" \
    KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP" SAMIA_KAFKA_LIBS="$KAFKA_DIR/libs" ./mvnw -B verify "$@"
  # A full run (no module selection) ends with black-box journeys through the gateway against the whole
  # stack; the module tests above just built every service, so 'up' only starts them.
  if [[ $# -eq 0 || ${SAMIA_SYSTEM_TESTS:-} == 1 ]]; then
    log "system tests: starting the whole stack, then deploy/system-tests through the gateway"
    cmd_up
    SAMIA_GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT" ./mvnw -B -pl deploy/system-tests verify -Dsystem-tests
  fi
}

status_line() { # component state pid port [extra]
  printf '%-10s %-8s pid %-8s port %-5s %s\n' "$1" "$2" "${3:--}" "$4" "${5:-}"
}

cmd_status() {
  local svc pid state extra pg_status=""
  if command -v pg_lsclusters >/dev/null; then pg_status="$(pg_field 4)"; fi
  if [[ $pg_status == online* ]]; then
    pid="$(head -n 1 "/run/postgresql/$PG_VERSION-$PG_CLUSTER.pid" 2>/dev/null || true)"
    extra="cluster $PG_VERSION/$PG_CLUSTER, $([[ -f $PIDS/postgres.started ]] && echo "started by stack.sh" || echo "started outside stack.sh")"
    status_line postgres running "$pid" "$PG_PORT" "$extra"
  else
    status_line postgres stopped "" "$PG_PORT"
  fi
  if pid="$(live_pid kafka "$KAFKA_MARKER")"; then
    status_line kafka running "$pid" "$KAFKA_PORT"
  else
    status_line kafka stopped "" "$KAFKA_PORT"
  fi
  if pid="$(live_pid gateway "$NGINX_CONF")"; then
    status_line gateway running "$pid" "$GATEWAY_PORT"
  else
    status_line gateway stopped "" "$GATEWAY_PORT"
  fi
  for svc in "${SERVICES[@]}"; do
    if pid="$(live_pid "$svc" "$(service_jar "$svc")")"; then
      state=running
      if ready "${PORT[$svc]}"; then extra=ready; else extra="not ready"; fi
    else
      state=stopped pid="" extra=""
    fi
    status_line "$svc" "$state" "$pid" "${PORT[$svc]}" "$extra"
  done
}

cmd_down() {
  local svc i
  take_lock
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
    svc=${SERVICES[i]}
    stop_component "$svc" "$(service_jar "$svc")"
  done
  stop_component gateway "$NGINX_CONF"
  stop_component kafka "$KAFKA_MARKER"
  if [[ -f $PIDS/postgres.started ]]; then
    log "stopping postgres cluster $PG_VERSION/$PG_CLUSTER (started by stack.sh)"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop 9>&- || true
    rm -f "$PIDS/postgres.started"
  else
    log "postgres: left as it is (not started by stack.sh)"
  fi
}

cmd_logs() { # component
  local name=${1:-}
  name=${name%-service}
  case $name in
    identity | tarot | chat | wallet | audit | kafka) exec tail -n 200 -f "$LOGS/$name.log" ;;
    gateway) exec tail -n 200 -f "$LOGS/gateway-access.log" "$LOGS/gateway-error.log" ;;
    postgres) exec tail -n 200 -f "/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log" ;;
    *) die "usage: stack.sh logs identity|tarot|chat|wallet|audit|kafka|gateway|postgres" ;;
  esac
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
  exit "${1:-0}"
}

main() {
  cd "$REPO"
  init_dirs
  local command=${1:-}
  [[ $# -gt 0 ]] && shift
  case $command in
    up) cmd_up ;;
    infra) cmd_infra ;;
    test) cmd_test "$@" ;;
    status) cmd_status ;;
    restart) cmd_restart "$@" ;;
    down) cmd_down ;;
    logs) cmd_logs "$@" ;;
    gateway-check) check_gateway_config && log "gateway config OK: $NGINX_CONF" ;;
    -h | --help | help) usage 0 ;;
    *) usage 2 >&2 ;;
  esac
}

# Sourcing the file (for tests of single functions) defines everything and runs nothing.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then main "$@"; fi
