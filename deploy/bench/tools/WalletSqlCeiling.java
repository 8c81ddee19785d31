import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;

/**
 * Prepares the wallet-sql scenario: a database of its own with the platform and wallet-service migrations (the same
 * tables, indexes, triggers and policies as the service's), funded wallets, and a pgbench script made of the SQL a
 * withdrawal sends, read from the compiled service so it can never drift from it:
 * <ul>
 * <li>the debit transaction of WithdrawalDebit (BEGIN and the service claims, the wallet lock, the reads, the one
 *     write statement, COMMIT);</li>
 * <li>Withdrawals' record_payout call;</li>
 * <li>the OutboxRelay's claim and mark-sent transaction, once per {@code relayEvery} withdrawals for twice as many
 *     rows (a withdrawal writes two events), about the batches the relay claims at a few hundred withdrawals/s.</li>
 * </ul>
 * Run with the wallet-service's classpath (target/classes and its quarkus-app libraries), as a single-file program:
 * {@code java -cp CP WalletSqlCeiling.java JDBC_URL ADMIN_USER ADMIN_PASSWORD OWNER_PASSWORD WALLETS RELAY_EVERY OUT}
 * <p>pgbench reads {@code :name} as a variable anywhere in a command, quoted or not: the JSON written here has a
 * space after each colon, and the claims are the service's with spaces (the same JSON to PostgreSQL).
 */
public class WalletSqlCeiling {

    private static final String CLAIMS = "{\"sub\": null, \"role\": \"service\"}";

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            throw new IllegalArgumentException("usage: JDBC_URL ADMIN_USER ADMIN_PASSWORD OWNER_PASSWORD WALLETS RELAY_EVERY OUT");
        }
        String url = args[0];
        String admin = args[1];
        String adminPassword = args[2];
        String ownerPassword = args[3];
        int wallets = Integer.parseInt(args[4]);
        int relayEvery = Integer.parseInt(args[5]);
        Path out = Path.of(args[6]);

        Flyway.configure().dataSource(url, admin, adminPassword).schemas("platform").locations("classpath:db/platform")
                .load().migrate();
        // as the service migrates: its owner role, its own migrations and the shared outbox ones
        Flyway.configure().dataSource(url, "wallet_owner", ownerPassword).schemas("wallet")
                .locations("classpath:db/migration", "classpath:db/outbox").load().migrate();
        seed(url, admin, adminPassword, wallets);
        Files.writeString(out, script(relayEvery));
    }

    /** Wallets far from their limits (a day allows 100,000 withdrawals of 0.01), each with a default payout method. */
    private static void seed(String url, String user, String password, int wallets) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("insert into wallet.user_wallets (user_id, balance) select gen_random_uuid(), 100000.00"
                    + " from generate_series(1, " + wallets + ")");
            s.execute("insert into wallet.payment_methods (user_id, method_type, provider, provider_method_id, is_default)"
                    + " select user_id, 'bank_account', 'sandbox', 'sbx_pm_bench', true from wallet.user_wallets");
            // read by pgbench before its claims are set, so outside RLS
            s.execute("create table public.bench_wallets as select row_number() over (order by w.id) as n, w.user_id,"
                    + " w.id as wallet_id, m.id as method_id from wallet.user_wallets w join wallet.payment_methods m using (user_id)");
            s.execute("grant select on public.bench_wallets to wallet_app");
        }
    }

    static String script(int relayEvery) throws Exception {
        String lockWallet = constant("com.samiatarot.wallet.domain.WithdrawalDebit", "LOCK_WALLET");
        String reads = constant("com.samiatarot.wallet.domain.WithdrawalDebit", "READS");
        String write = constant("com.samiatarot.wallet.domain.WithdrawalDebit", "WRITE");
        String recordPayout = constant("com.samiatarot.wallet.domain.Withdrawals", "RECORD_PAYOUT");
        String claim = call("com.samiatarot.shared.outbox.OutboxRelay", "claimSql", "wallet");
        String markSent = call("com.samiatarot.shared.outbox.OutboxRelay", "markSentSql", "wallet");

        String key = "'k-' || :client_id || '-' || :r";
        Map<Integer, String> debit = new TreeMap<>(Map.ofEntries(
                Map.entry(1, ":wid"), Map.entry(2, "0.01"), Map.entry(3, ":tid"), Map.entry(4, ":uid"), Map.entry(5, "'USD'"),
                Map.entry(6, "'sandbox'"), Map.entry(7, ":mid"), Map.entry(8, "clock_timestamp()"), Map.entry(9, ":e1"),
                Map.entry(10, "'wallet.events'"), Map.entry(11, ":wid"), Map.entry(12, "'wallet.debited'"),
                Map.entry(13, literal(event("wallet.debited", true))), Map.entry(14, ":e2"), Map.entry(15, ":tid"),
                Map.entry(16, "'withdrawal.requested'"), Map.entry(17, literal(event("withdrawal.requested", false))),
                Map.entry(18, key), Map.entry(19, literal("a".repeat(64))), Map.entry(20, "201"),
                Map.entry(21, literal(responseBody()))));

        List<String> lines = new ArrayList<>();
        lines.add("select user_id as uid, wallet_id as wid, method_id as mid, gen_random_uuid() as tid, gen_random_uuid() as e1,"
                + " gen_random_uuid() as e2, floor(random() * 2000000000)::bigint as r, floor(random() * " + relayEvery
                + ")::int as relay from public.bench_wallets"
                + " where n = (select 1 + floor(random() * (select count(*) from public.bench_wallets))::int) \\gset");
        lines.add("BEGIN;");
        lines.add("select set_config('request.jwt.claims', " + literal(CLAIMS) + ", true);");
        lines.add(bind(lockWallet, Map.of(1, ":uid")) + ";");
        lines.add(bind(reads, Map.of(1, ":uid", 2, key, 3, ":mid")) + ";");
        lines.add(bind(write, debit) + ";");
        lines.add("COMMIT;");
        lines.add(bind(recordPayout, Map.of(1, literal(CLAIMS), 2, ":tid", 3, "'sbx_po_' || :r", 4, "'paid'")) + ";");
        lines.add("\\if :relay = 0");
        lines.add("BEGIN;");
        lines.add("select coalesce(array_agg(id), '{}') as ids from (" + bind(claim, Map.of(1, String.valueOf(2 * relayEvery)))
                + ") claimed \\gset");
        lines.add(bind(markSent, Map.of(1, ":ids::uuid[]")) + ";");
        lines.add("COMMIT;");
        lines.add("\\endif");
        return String.join("\n", lines) + "\n";
    }

    /** Replaces $n by its value, the highest n first ($12 is not $1 followed by 2). */
    static String bind(String sql, Map<Integer, String> values) {
        String bound = sql;
        for (int n : new TreeMap<>(values).descendingKeySet()) {
            bound = bound.replace("$" + n, values.get(n));
        }
        if (bound.matches("(?s).*\\$\\d.*")) {
            throw new IllegalStateException("a parameter is left unbound in: " + bound);
        }
        return bound;
    }

    private static String constant(String className, String field) throws Exception {
        Field f = Class.forName(className).getDeclaredField(field);
        f.setAccessible(true);
        return (String) f.get(null);
    }

    private static String call(String className, String method, String argument) throws Exception {
        Method m = Class.forName(className).getDeclaredMethod(method, String.class);
        m.setAccessible(true);
        return (String) m.invoke(null, argument);
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A CloudEvent of the size and shape the service writes (~650-800 bytes). */
    private static String event(String type, boolean balance) {
        String id = "0f0f0f0f-0000-4000-8000-000000000000";
        return "{\"specversion\": \"1.0\", \"id\": \"" + id + "\", \"source\": \"wallet-service\", \"type\": \"" + type + "\","
                + " \"time\": \"2026-11-26T05: 04: 40.730482Z\", \"subject\": \"" + id + "\", \"datacontenttype\": \"application/json\","
                + " \"data\": {\"walletId\": \"" + id + "\", \"userId\": \"" + id + "\", \"transactionId\": \"" + id + "\","
                + " \"amount\": {\"amount\": \"0.01\", \"currency\": \"USD\"},"
                + (balance ? " \"balance\": {\"amount\": \"90.28\", \"currency\": \"USD\"}, \"transactionType\": \"withdrawal\"," : "")
                + " \"actorId\": \"" + id + "\", \"actorRole\": \"reader\", \"ip\": \"127.0.0.1\", \"userAgent\": \"samia-bench\","
                + " \"method\": \"POST\", \"path\": \"/api/v1/payments/withdrawals\", \"requestId\": \"45c280f483d2716eaaf3bc94ae9fd3d8\"}}";
    }

    /** The stored answer of a withdrawal, its size and shape. */
    private static String responseBody() {
        String id = "0f0f0f0f-0000-4000-8000-000000000000";
        return "{\"id\": \"" + id + "\", \"userId\": \"" + id + "\", \"walletId\": \"" + id + "\", \"type\": \"withdrawal\","
                + " \"direction\": \"debit\", \"amount\": {\"amount\": \"0.01\", \"currency\": \"USD\"}, \"status\": \"completed\","
                + " \"gatewayProvider\": \"sandbox\", \"gatewayTransactionId\": null, \"gatewayFee\": {\"amount\": \"0.00\", \"currency\": \"USD\"},"
                + " \"readingSessionId\": null, \"paymentMethodId\": \"" + id + "\", \"relatedTransactionId\": null,"
                + " \"description\": \"Withdrawal\", \"processorNotes\": null, \"createdAt\": \"2026-11-26T05: 04: 40.730482158Z\","
                + " \"completedAt\": \"2026-11-26T05: 04: 40.730482158Z\", \"reconciled\": false, \"payoutStatus\": \"pending\"}";
    }
}
