# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# The ceiling of wallet-payments on this machine: the SQL of one withdrawal and nothing else (no HTTP, no JVM, no
# Kafka, no consumers), through pgbench with the bench's clients, against pgbench TPC-B of the same run. Whatever
# the service around that SQL costs, wallet-payments cannot get above this ratio; the gap between the two is
# what the service, the gateway, the broker and the consumers of wallet.events cost.
# tools/WalletSqlCeiling.java reads the statements from the compiled wallet-service (the debit transaction of
# WithdrawalDebit, record_payout, the OutboxRelay's claim and mark-sent once per 20 withdrawals for 40 rows), and
# applies the platform and wallet migrations to a database of the bench's own, so the tables, indexes, triggers
# and policies are the service's. pgbench connects as wallet_app, under RLS, with the service claims.
# Reported only: the goal is wallet-payments'. It runs first of the two (the order of the file names).
BASELINE=pgbench_tpcb
WALLET_SQL_DB="${BENCH_DB}_wallet"
WALLET_SQL_RELAY_EVERY=20
# shellcheck source=/dev/null
source "$BENCH_DIR/lib/wallet.sh"

setup() {
  local app="$REPO/wallet-service/target/quarkus-app"
  compgen -G "$app/app/*.jar" >/dev/null || skip "wallet-service is not built ($app)"
  [[ $WALLET_SQL_DB != samia && $WALLET_SQL_DB != samia_test ]] || die "refusing to use $WALLET_SQL_DB"
  PGOPTIONS="-c client_min_messages=warning" psql_q postgres "drop database if exists $WALLET_SQL_DB"
  psql_q postgres "create database $WALLET_SQL_DB"
  java -cp "$app/app/*:$app/lib/main/*:$app/lib/boot/*" "$BENCH_DIR/tools/WalletSqlCeiling.java" \
    "jdbc:postgresql://$PG_HOST:$PG_PORT/$WALLET_SQL_DB" "$PG_USER" "$PG_PASSWORD" \
    "${WALLET_DB_OWNER_PASSWORD:-wallet_owner_local}" "$WALLET_READERS" "$WALLET_SQL_RELAY_EVERY" \
    "$RUN_DIR/wallet-withdrawal.sql" >"$RUN_DIR/wallet-sql-setup.log" 2>&1 ||
    die "preparing $WALLET_SQL_DB failed: $(grep -m 3 -i 'error\|exception' "$RUN_DIR/wallet-sql-setup.log")"
  # the scenario before (wallet-deposits, or wallet-payments) leaves audit and tarot reading its events for a while
  if [[ $SMOKE == true ]]; then wait_for_idle_cpu 15; else wait_for_idle_cpu 120; fi
}

measure() {
  local out="$RUN_DIR/wallet-sql.out" prefix="$RUN_DIR/wallet-sql-log"
  (cd "$RUN_DIR" && env PGPASSWORD="${WALLET_DB_APP_PASSWORD:-wallet_app_local}" PGHOST="$PG_HOST" PGPORT="$PG_PORT" \
    pgbench -n -M prepared -U wallet_app -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -f "$RUN_DIR/wallet-withdrawal.sql" \
    -l --sampling-rate=0.05 --log-prefix="$prefix" "$WALLET_SQL_DB") >"$out" 2>&1 ||
    die "pgbench failed: $(tail -n 3 "$out" | tr '\n' ' ')"
  pgbench_results "$out" "$prefix"
  RPS=$PGB_TPS REQUESTS=$PGB_TRANSACTIONS ERRORS=$PGB_FAILED P50=$PGB_P50 P99=$PGB_P99
  NOTE="the withdrawal's SQL through pgbench as wallet_app, $WALLET_READERS wallets, no service; withdrawals/s"
}
