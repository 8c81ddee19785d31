package com.samiatarot.tarot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A local stand-in for the OpenAI-compatible provider. The question text chooses the behaviour:
 * {@code LLM-OK} a valid answer, {@code LLM-SLOW} a valid answer after the timeout, {@code LLM-GARBAGE}
 * an answer of the wrong shape; anything else gets a 404, so ordinary readings use the built-in interpreter.
 */
public class LlmStub implements QuarkusTestResourceLifecycleManager {

    public static final String VALID_CONTENT = "{\\\"summary\\\":\\\"The stars lean your way.\\\","
            + "\\\"positions\\\":[\\\"A card of quiet promise.\\\"],\\\"themes\\\":[\\\"hope\\\"],\\\"advice\\\":\\\"Stay open.\\\"}";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        String ok = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + VALID_CONTENT + "\"},\"finish_reason\":\"stop\"}]}";
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("LLM-OK"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(ok)));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("LLM-SLOW"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(ok).withFixedDelay(30000)));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("LLM-GARBAGE"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"choices\":[{\"message\":{\"content\":\"the cards say yes\"}}]}")));
        return Map.of(
                "samia.llm.enabled", "true",
                "samia.llm.url", "http://127.0.0.1:" + server.port(),
                "samia.llm.model", "stub-model",
                "samia.llm.api-key", "test-key",
                "samia.llm.timeout", "PT1S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
