package com.samiatarot.chat;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import com.samiatarot.shared.testing.TestTokens;

import io.restassured.specification.RequestSpecification;

/** Small builders for test requests. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(UUID user) {
        return as(user, "client");
    }

    public static RequestSpecification as(UUID user, String role) {
        return given().header("Authorization", TestTokens.bearer(user, role)).contentType("application/json");
    }

    public static String directRoom(UUID me, UUID other) {
        return as(me).body("{\"roomType\":\"direct\",\"participantIds\":[\"" + other + "\"]}")
                .when().post("/api/v1/rooms").then().statusCode(201).extract().path("id");
    }

    public static String plainDirectRoom(UUID me, UUID other) {
        return as(me).body("{\"roomType\":\"direct\",\"isEncrypted\":false,\"participantIds\":[\"" + other + "\"]}")
                .when().post("/api/v1/rooms").then().statusCode(201).extract().path("id");
    }

    public static String post(UUID sender, String roomId, String text) {
        return as(sender).body("{\"content\":\"" + text + "\",\"messageType\":\"text\"}")
                .when().post("/api/v1/rooms/" + roomId + "/messages").then().statusCode(201).extract().path("id");
    }
}
