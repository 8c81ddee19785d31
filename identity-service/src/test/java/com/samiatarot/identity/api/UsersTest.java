package com.samiatarot.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.samiatarot.identity.TestUsers;
import com.samiatarot.shared.testing.Sql;
import com.samiatarot.shared.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UsersTest {

    @Test
    void ownerReadsAndEditsTheirOwnAccount() {
        TestUsers.Account user = TestUsers.client();
        given().header("Authorization", user.bearer()).contentType("application/json")
                .body(Map.of("fullName", "Ada K. Lovelace", "timezone", "Europe/Paris", "phoneNumber", "+33 1 23 45 67 89",
                        "dateOfBirth", "1990-12-10", "bio", "Curious.", "preferences", Map.of("theme", "dark")))
                .when().patch("/api/v1/users/me")
                .then().statusCode(200)
                .body("fullName", equalTo("Ada K. Lovelace"))
                .body("timezone", equalTo("Europe/Paris"))
                .body("dateOfBirth", equalTo("1990-12-10"))
                .body("preferences.theme", equalTo("dark"));
        given().header("Authorization", user.bearer()).when().get("/api/v1/users/me")
                .then().statusCode(200).body("bio", equalTo("Curious.")).body("role", equalTo("client"));
    }

    @Test
    void protectedFieldsInPatchMeAreRefusedByNameNotIgnored() {
        TestUsers.Account user = TestUsers.client();
        for (Map.Entry<String, Object> attempt : Map.<String, Object>of("role", "admin", "email", "evil@example.com",
                "isActive", true, "emailVerified", true, "loginCount", 99).entrySet()) {
            given().header("Authorization", user.bearer()).contentType("application/json")
                    .body(Map.of("fullName", "Sneaky", attempt.getKey(), attempt.getValue()))
                    .when().patch("/api/v1/users/me")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(attempt.getKey()));
        }
        given().header("Authorization", user.bearer()).when().get("/api/v1/users/me")
                .then().body("role", equalTo("client")).body("fullName", equalTo("Test Client"));
    }

    @Test
    void invalidTimezoneAndUnknownFieldsAreProblemsNamingTheField() {
        TestUsers.Account user = TestUsers.client();
        given().header("Authorization", user.bearer()).contentType("application/json").body(Map.of("timezone", "Mars/Olympus"))
                .when().patch("/api/v1/users/me").then().statusCode(400).body("errors[0].field", equalTo("timezone"));
        given().header("Authorization", user.bearer()).contentType("application/json").body(Map.of("favouriteColour", "red"))
                .when().patch("/api/v1/users/me").then().statusCode(400).body("errors[0].field", equalTo("favouriteColour"));
    }

    @Test
    void theDatabaseRefusesARoleChangeEvenIfServiceCodeWereBypassed() throws Exception {
        TestUsers.Account user = TestUsers.client();
        try (Sql app = Sql.as("identity_app")) {
            String claims = "{\"sub\":\"" + user.id() + "\",\"role\":\"client\"}";
            String state;
            try {
                app.queryWithClaims(claims, "update identity.users set role = 'super_admin' where id = ?", user.id());
                state = null;
            } catch (java.sql.SQLException e) {
                state = e.getSQLState();
            }
            assertEquals("42501", state, "column guard trigger refuses a self-promotion");
        }
    }

    @Test
    void anotherUsersAccountIsNotFoundForANonAdminAndVisibleToAnAdmin() {
        TestUsers.Account alice = TestUsers.client();
        TestUsers.Account bob = TestUsers.client();
        given().header("Authorization", alice.bearer()).when().get("/api/v1/users/" + bob.id())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", alice.bearer()).when().get("/api/v1/users/" + alice.id()).then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(UUID.randomUUID(), "admin")).when().get("/api/v1/users/" + bob.id())
                .then().statusCode(200).body("email", equalTo(bob.email()));
    }

    @Test
    void adminListFiltersByRoleAndTextAndPagesWithACursor() {
        String tag = "Pager" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            TestUsers.create("reader", tag + " Reader " + i);
        }
        TestUsers.create("client", tag + " Client");
        String admin = TestTokens.bearer(UUID.randomUUID(), "admin");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().header("Authorization", admin).queryParam("role", "reader").queryParam("q", tag.toLowerCase())
                    .queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/users").then().statusCode(200)
                    .body("items.role", everyItem(equalTo("reader"))).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(3, seen.size());
        assertEquals(3, seen.stream().distinct().count());
        given().header("Authorization", TestUsers.client().bearer()).when().get("/api/v1/users")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", admin).queryParam("cursor", "garbage!").when().get("/api/v1/users")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void anAdminGrantsReaderButOnlyASuperAdminGrantsAdmin() {
        TestUsers.Account target = TestUsers.client();
        TestUsers.Account admin = TestUsers.create("admin", "Some Admin");
        TestUsers.Account root = TestUsers.create("super_admin", "Some Root");
        given().header("Authorization", admin.bearer()).contentType("application/json").body(Map.of("role", "reader"))
                .when().put("/api/v1/users/" + target.id() + "/role").then().statusCode(200).body("role", equalTo("reader"));
        given().header("Authorization", admin.bearer()).contentType("application/json").body(Map.of("role", "admin"))
                .when().put("/api/v1/users/" + target.id() + "/role").then().statusCode(403);
        given().header("Authorization", TestUsers.client().bearer()).contentType("application/json").body(Map.of("role", "reader"))
                .when().put("/api/v1/users/" + target.id() + "/role").then().statusCode(403);
        given().header("Authorization", root.bearer()).contentType("application/json").body(Map.of("role", "admin"))
                .when().put("/api/v1/users/" + target.id() + "/role").then().statusCode(200).body("role", equalTo("admin"));
        // an admin cannot demote another admin either
        given().header("Authorization", admin.bearer()).contentType("application/json").body(Map.of("role", "client"))
                .when().put("/api/v1/users/" + target.id() + "/role").then().statusCode(403);
        given().header("Authorization", root.bearer()).contentType("application/json").body(Map.of("role", "wizard"))
                .when().put("/api/v1/users/" + target.id() + "/role").then().statusCode(400).body("errors[0].field", equalTo("role"));
        retire(root);
    }

    @Test
    void theLastActiveSuperAdminCannotBeDemotedOrDeactivated() {
        // leave exactly one active super_admin: the bootstrap account
        TestUsers.asService("update identity.users set role = 'admin' where role = 'super_admin' and email <> ?", TestUsers.BOOTSTRAP_EMAIL);
        String accessToken = TestUsers.login(TestUsers.BOOTSTRAP_EMAIL, TestUsers.BOOTSTRAP_PASSWORD)
                .then().statusCode(200).extract().path("accessToken");
        UUID rootId = UUID.fromString(TestUsers.claims(accessToken).path("sub").asText());
        given().header("Authorization", "Bearer " + accessToken).contentType("application/json").body(Map.of("role", "admin"))
                .when().put("/api/v1/users/" + rootId + "/role").then().statusCode(409).contentType("application/problem+json");
        String anotherSuperAdminToken = TestTokens.bearer(UUID.randomUUID(), "super_admin");
        given().header("Authorization", anotherSuperAdminToken).contentType("application/json").body(Map.of("reason", "test"))
                .when().post("/api/v1/users/" + rootId + "/deactivate").then().statusCode(409);
        // with a second active super_admin around, that one may step down
        TestUsers.Account other = TestUsers.create("super_admin", "Second Root");
        given().header("Authorization", other.bearer()).contentType("application/json").body(Map.of("role", "admin"))
                .when().put("/api/v1/users/" + other.id() + "/role").then().statusCode(200).body("role", equalTo("admin"));
    }

    @Test
    void deactivationEndsSessionsAndBlocksLoginUntilReactivation() {
        TestUsers.Account user = TestUsers.client();
        String refresh = TestUsers.login(user.email(), user.password()).then().statusCode(200).extract().path("refreshToken");
        String admin = TestTokens.bearer(UUID.randomUUID(), "admin");
        given().header("Authorization", admin).contentType("application/json").body(Map.of("reason", "chargeback fraud"))
                .when().post("/api/v1/users/" + user.id() + "/deactivate").then().statusCode(200).body("isActive", equalTo(false));
        LoginAndTokensTest.refresh(refresh).then().statusCode(401);
        TestUsers.login(user.email(), user.password()).then().statusCode(401);
        given().header("Authorization", admin).when().post("/api/v1/users/" + user.id() + "/reactivate")
                .then().statusCode(200).body("isActive", equalTo(true));
        TestUsers.login(user.email(), user.password()).then().statusCode(200);
        given().header("Authorization", admin).contentType("application/json").body("{}")
                .when().post("/api/v1/users/" + UUID.randomUUID() + "/deactivate").then().statusCode(404);
    }

    @Test
    void deletingOneselfIsSoftAndEndsEverySession() throws Exception {
        TestUsers.Account user = TestUsers.client();
        String refresh = TestUsers.login(user.email(), user.password()).then().statusCode(200).extract().path("refreshToken");
        given().header("Authorization", user.bearer()).when().delete("/api/v1/users/me").then().statusCode(204);
        LoginAndTokensTest.refresh(refresh).then().statusCode(401);
        TestUsers.login(user.email(), user.password()).then().statusCode(401);
        given().header("Authorization", user.bearer()).when().get("/api/v1/users/me").then().statusCode(404);
        try (Sql owner = Sql.as("identity_owner")) {
            assertTrue(owner.scalar("select deleted_at from identity.users where id = ?", user.id()) != null, "row kept, marked deleted");
        }
    }

    /** Test super_admins step down afterwards so the bootstrap account's "last super_admin" stays testable. */
    private static void retire(TestUsers.Account root) {
        TestUsers.asService("update identity.users set role = 'admin' where id = ?", root.id());
    }
}
