package com.samiatarot.wallet;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.samiatarot.shared.testing.Sql;
import com.samiatarot.shared.testing.TestTokens;

import io.restassured.specification.RequestSpecification;

/** Small builders for wallet tests. Balances are seeded through the real deposit + sandbox signed-webhook path. */
final class Fixtures {

    private Fixtures() {
    }

    static RequestSpecification as(UUID user, String role) {
        return given().header("Authorization", TestTokens.bearer(user, role)).contentType("application/json");
    }

    static String money(String amount) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"USD\"}";
    }

    static String addPaymentMethod(UUID user, String role, String provider, String token) {
        return as(user, role)
                .body("{\"methodType\":\"card\",\"provider\":\"" + provider + "\",\"providerMethodId\":\"" + token
                        + "\",\"brand\":\"visa\",\"lastFour\":\"4242\",\"expiryMonth\":12,\"expiryYear\":2030}")
                .post("/api/v1/payment-methods").then().statusCode(201).extract().path("id");
    }

    /** Deposits through the sandbox gateway and waits until its signed webhook has credited the wallet. */
    static String fund(UUID user, String role, String amount) {
        return fund(user, role, amount, "sbx_pm_" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The same with a chosen sandbox token (e.g. {@code sbx_norefund_...}); returns the completed deposit's id. */
    static String fund(UUID user, String role, String amount, String sandboxToken) {
        String method = addPaymentMethod(user, role, "sandbox", sandboxToken);
        String txId = as(user, role).header("Idempotency-Key", "fund-" + UUID.randomUUID())
                .body("{\"amount\":" + money(amount) + ",\"paymentMethodId\":\"" + method + "\"}")
                .post("/api/v1/payments/deposits").then().statusCode(201).extract().path("id");
        awaitStatus(txId, "completed");
        return txId;
    }

    static void awaitStatus(String txId, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> status.equals(ownerScalar("select status from wallet.transactions where id = ?::uuid", txId)));
    }

    static BigDecimal balance(UUID user) {
        Object value = ownerScalar("select balance from wallet.user_wallets where user_id = ?", user);
        return value == null ? null : (BigDecimal) value;
    }

    /** Sum of completed ledger rows of the user's wallet: credits minus debits. */
    static BigDecimal ledgerSum(UUID user) {
        return (BigDecimal) ownerScalar("select coalesce(sum(case when t.balance_effect = 'credit' then t.amount"
                + " when t.balance_effect = 'debit' then -t.amount else 0 end) filter (where t.status = 'completed'), 0)"
                + " from wallet.user_wallets w left join wallet.transactions t on t.wallet_id = w.id where w.user_id = ?", user);
    }

    static Object ownerScalar(String sql, Object... params) {
        try (Sql owner = Sql.as("wallet_owner")) {
            return owner.scalar(sql, params);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static int ownerUpdate(String sql, Object... params) {
        try (Sql owner = Sql.as("wallet_owner")) {
            return owner.update(sql, params);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static String cloudEvent(String type, String source, UUID subject, String dataJson) {
        return cloudEvent(UUID.randomUUID(), type, source, subject, dataJson);
    }

    static String cloudEvent(UUID id, String type, String source, UUID subject, String dataJson) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"time\":\"" + Instant.now() + "\",\"subject\":\"" + subject + "\",\"datacontenttype\":\"application/json\",\"data\":"
                + dataJson + "}";
    }
}
