package com.samiatarot.systemtests;

import static com.samiatarot.systemtests.Gateway.as;
import static com.samiatarot.systemtests.Gateway.json;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Whole user journeys through the gateway, against the running stack: no test doubles anywhere. */
class PlatformJourneyTest {

    @ParameterizedTest
    @ValueSource(strings = {"identity", "tarot", "chat", "wallet", "audit"})
    void everyServiceIsReadyBehindTheGateway(String service) {
        json().get("/health/" + service).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void anUnknownPathIsAProblemNotAnHtmlPage() {
        json().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNewClientsRegistrationReachesTheAuditTrailExactlyOnce() {
        Gateway.Account client = Gateway.newClient();
        String admin = Gateway.adminToken();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(admin).queryParam("action", "user.registered").queryParam("resourceId", client.id())
                        .get("/api/v1/audit-logs")
                        .then().statusCode(200).body("items", hasSize(1)));
    }

    @Test
    void aClientCannotReadTheAuditTrail() {
        Gateway.Account client = Gateway.newClient();
        as(client.token()).get("/api/v1/audit-logs").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aNewClientGetsAWalletFromTheRegistrationEvent() {
        Gateway.Account client = Gateway.newClient();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(client.token()).get("/api/v1/wallet").then().statusCode(200)
                        .body("balance.amount", equalTo("0.00")));
    }

    @Test
    void aClientDrawsAnAiReadingAndReadsItBack() {
        Gateway.Account client = Gateway.newClient();
        List<String> spreadIds = as(client.token()).get("/api/v1/spreads").then().statusCode(200)
                .extract().path("items.id");
        String readingId = as(client.token())
                .body("{\"spreadId\":\"" + spreadIds.get(0) + "\",\"question\":\"How will my career develop this year?\"}")
                .post("/api/v1/readings").then().statusCode(201)
                .body("status", equalTo("completed"))
                .body("interpretation", notNullValue())
                .extract().path("id");
        as(client.token()).get("/api/v1/readings/" + readingId).then().statusCode(200)
                .body("cards.size()", greaterThanOrEqualTo(1));

        Gateway.Account stranger = Gateway.newClient();
        as(stranger.token()).get("/api/v1/readings/" + readingId).then().statusCode(404);
    }

    @Test
    void theWholeDeckIsPublic() {
        json().get("/api/v1/cards?limit=100").then().statusCode(200);
        json().get("/api/v1/cards/the-fool").then().statusCode(200).body("name", equalTo("The Fool"));
    }

    @Test
    void theGatewayServesTheDeckFromItsEdgeCacheWithTheServicesValidators() {
        String etag = json().get("/api/v1/cards/the-tower").then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("public")).extract().header("ETag");
        json().get("/api/v1/cards/the-tower").then().statusCode(200).header("X-Cache-Status", equalTo("HIT"))
                .header("ETag", equalTo(etag)).body("name", equalTo("The Tower"));
        json().header("If-None-Match", etag).get("/api/v1/cards/the-tower").then().statusCode(304);
        // errors are never kept: an unknown card stays a problem answered by the service
        json().get("/api/v1/cards/no-such-card").then().statusCode(404).contentType("application/problem+json");
        json().get("/api/v1/cards/no-such-card").then().statusCode(404).header("X-Cache-Status", equalTo("MISS"));
    }
}
