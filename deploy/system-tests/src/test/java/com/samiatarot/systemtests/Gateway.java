package com.samiatarot.systemtests;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** The platform as a client sees it: one base URL, the gateway. */
final class Gateway {

    static final String URL = System.getenv().getOrDefault("SAMIA_GATEWAY_URL", "http://127.0.0.1:8080");
    static final String ADMIN_EMAIL = System.getenv().getOrDefault("SAMIA_BOOTSTRAP_ADMIN_EMAIL", "admin@samia.local");
    static final String ADMIN_PASSWORD = System.getenv().getOrDefault("SAMIA_BOOTSTRAP_ADMIN_PASSWORD", "ChangeMe-Local-Only-2026");

    static {
        RestAssured.baseURI = URL;
    }

    private Gateway() {
    }

    static RequestSpecification json() {
        return given().baseUri(URL).contentType("application/json").accept("application/json");
    }

    static RequestSpecification as(String token) {
        return json().header("Authorization", "Bearer " + token);
    }

    record Account(String id, String email, String password, String token) {
    }

    static Account newClient() {
        String email = "journey-" + UUID.randomUUID() + "@example.com";
        String password = "journey-secret-" + UUID.randomUUID();
        String id = json().body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"fullName\":\"Journey Tester\"}")
                .post("/api/v1/auth/register").then().statusCode(201).extract().path("id");
        return new Account(id, email, password, login(email, password));
    }

    static String login(String email, String password) {
        return json().body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    static String adminToken() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }
}
