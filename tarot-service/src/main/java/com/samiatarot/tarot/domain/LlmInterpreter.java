package com.samiatarot.tarot.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.tarot.config.LlmConfig;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Asks an OpenAI-compatible model to rewrite the built-in reading's prose. The facts (cards, positions,
 * balance, numbers) stay ours; the model only supplies text, and its answer is used only when it is
 * valid JSON of the expected shape, within the timeout. Anything else falls back to the built-in text.
 */
@ApplicationScoped
public class LlmInterpreter {

    private static final Logger LOG = Logger.getLogger(LlmInterpreter.class);
    private static final int MAX_TEXT = 4000;

    private final LlmConfig config;
    private final ObjectMapper mapper;
    private volatile ChatCompletionsClient client;

    private final MeterRegistry meters;

    public LlmInterpreter(LlmConfig config, ObjectMapper mapper, MeterRegistry meters) {
        this.config = config;
        this.mapper = mapper;
        this.meters = meters;
    }

    public boolean enabled() {
        return config.enabled() && config.url().filter(u -> !u.isBlank()).isPresent();
    }

    public String modelVersion() {
        String version = "llm:" + config.model();
        return version.length() > 50 ? version.substring(0, 50) : version;
    }

    /** The built-in reading with the model's prose, or the built-in reading itself on any failure. */
    public Uni<Interpretation> enrich(ReadingRequestContext context, Interpretation builtIn) {
        if (!enabled()) {
            return Uni.createFrom().item(builtIn);
        }
        String auth = config.apiKey().filter(k -> !k.isBlank()).map(k -> "Bearer " + k).orElse(null);
        // The timeout fires on a timer thread; the caller continues with Hibernate Reactive, which must run on
        // the request's Vert.x context, so the outcome is handed back to that context.
        Context vertxContext = Vertx.currentContext();
        return Uni.createFrom().deferred(() -> client().complete(auth, request(context, builtIn)))
                .ifNoItem().after(config.timeout()).fail()
                .map(response -> parse(response, builtIn))
                .onFailure().recoverWithItem(failure -> {
                    // No question text or card data in the log line: only why the provider was skipped.
                    LOG.warnf("LLM interpreter unavailable, using the built-in reading: %s", failure.getClass().getSimpleName());
                    meters.counter("samia.tarot.llm.fallbacks", "cause", failure.getClass().getSimpleName()).increment();
                    return builtIn;
                })
                .emitOn(command -> {
                    if (vertxContext == null || Vertx.currentContext() == vertxContext) {
                        command.run();
                    } else {
                        vertxContext.runOnContext(ignored -> command.run());
                    }
                });
    }

    private ChatCompletionsClient client() {
        ChatCompletionsClient current = client;
        if (current == null) {
            current = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(URI.create(config.url().orElseThrow()))
                    .connectTimeout(config.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                    .readTimeout(config.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                    .build(ChatCompletionsClient.class);
            client = current;
        }
        return current;
    }

    private ObjectNode request(ReadingRequestContext context, Interpretation builtIn) {
        ObjectNode body = mapper.createObjectNode();
        body.put("model", config.model());
        body.put("temperature", 0.7);
        body.putObject("response_format").put("type", "json_object");
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content",
                "You are an experienced, warm and responsible tarot reader. Interpret the spread below for the querent. "
                        + "Answer ONLY with a JSON object: {\"summary\": string, \"positions\": [one string per card, in order], "
                        + "\"themes\": [1 to 8 short strings], \"advice\": string}. Never give medical, legal or financial "
                        + "instructions; suggest a professional where relevant.");
        StringBuilder user = new StringBuilder();
        user.append("Spread: ").append(context.spreadName()).append('\n');
        user.append("Life area: ").append(builtIn.lifeArea()).append('\n');
        if (context.question() != null && !context.question().isBlank()) {
            user.append("Question: ").append(context.question().strip()).append('\n');
        }
        user.append("Cards:\n");
        for (PositionedCard pc : context.cards()) {
            user.append("- ").append(pc.position().name()).append(" (").append(pc.position().meaning()).append("): ")
                    .append(pc.card().name()).append(pc.reversed() ? " reversed" : " upright").append(" - ")
                    .append(pc.card().meaning(LifeArea.detect(context.question()), pc.reversed())).append('\n');
        }
        user.append("Observations: ").append(String.join(" ", builtIn.themes()));
        messages.addObject().put("role", "user").put("content", user.toString());
        return body;
    }

    /** Validates the provider's answer; throws (and so falls back) unless it has exactly the expected shape. */
    Interpretation parse(JsonNode response, Interpretation builtIn) {
        JsonNode content = response.path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw new InvalidLlmAnswer("no message content");
        }
        JsonNode answer;
        try {
            answer = mapper.readTree(content.asText());
        } catch (Exception e) {
            throw new InvalidLlmAnswer("content is not JSON");
        }
        String summary = text(answer.path("summary"), "summary");
        String advice = text(answer.path("advice"), "advice");
        JsonNode positions = answer.path("positions");
        if (!positions.isArray() || positions.size() != builtIn.positions().size()) {
            throw new InvalidLlmAnswer("positions must have one text per card");
        }
        List<String> texts = new ArrayList<>();
        positions.forEach(p -> texts.add(text(p, "positions[]")));
        JsonNode themes = answer.path("themes");
        if (!themes.isArray() || themes.isEmpty() || themes.size() > 8) {
            throw new InvalidLlmAnswer("themes must be 1-8 strings");
        }
        List<String> themeTexts = new ArrayList<>();
        themes.forEach(t -> themeTexts.add(text(t, "themes[]")));
        return builtIn.withProse(summary, texts, themeTexts, advice, "llm");
    }

    private static String text(JsonNode node, String field) {
        if (!node.isTextual() || node.asText().isBlank() || node.asText().length() > MAX_TEXT) {
            throw new InvalidLlmAnswer(field + " must be a non-empty string of at most " + MAX_TEXT + " characters");
        }
        return node.asText().strip();
    }

    static final class InvalidLlmAnswer extends RuntimeException {
        InvalidLlmAnswer(String message) {
            super(message, null, false, false);
        }
    }
}
