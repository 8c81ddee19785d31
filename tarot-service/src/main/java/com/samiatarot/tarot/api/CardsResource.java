package com.samiatarot.tarot.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.tarot.config.CardsConfig;

import io.smallrye.mutiny.Uni;

/**
 * The public deck, served from memory as pre-serialised JSON (see {@link CardCatalog}). Every response
 * carries a strong ETag and {@code Cache-Control: public}: browsers and caches revalidate with a 304
 * instead of downloading the deck again.
 */
@Path("/api/v1/cards")
@Produces(MediaType.APPLICATION_JSON)
public class CardsResource {

    private static final Set<String> ARCANA = Set.of("major", "minor");
    private static final Set<String> SUITS = Set.of("wands", "cups", "swords", "pentacles");
    private static final Set<String> ELEMENTS = Set.of("fire", "water", "air", "earth");
    private static final Set<String> VIEWS = Set.of("summary", "full");

    private final CardCatalog catalog;
    private final String cacheControl;

    public CardsResource(CardCatalog catalog, CardsConfig config) {
        this.catalog = catalog;
        this.cacheControl = "public, max-age=" + config.cacheMaxAge().toSeconds();
    }

    /** Documentation only: the two shapes of a list page (the body itself is written from cached bytes). */
    @Schema(name = "CardSummaryPage")
    record SummaryPage(List<CardSummary> items, String nextCursor) {
    }

    @Schema(name = "CardPage")
    record FullPage(List<CardResponse> items, String nextCursor) {
    }

    @GET
    @Operation(summary = "The deck, filtered and paged",
            description = "By default each card is a summary for a card grid (key, name, arcana, suit, number, element,"
                    + " image, upright keywords); view=full adds every text (meanings per orientation and life area,"
                    + " correspondences), as GET /api/v1/cards/{key} returns for one card. Cacheable: strong ETag,"
                    + " If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "A page of cards",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {SummaryPage.class, FullPage.class})))
    @APIResponse(responseCode = "304", description = "The page named by If-None-Match has not changed")
    public Uni<Response> list(
            @Parameter(description = "major or minor") @QueryParam("arcana") String arcana,
            @Parameter(description = "wands, cups, swords or pentacles") @QueryParam("suit") String suit,
            @Parameter(description = "fire, water, air or earth") @QueryParam("element") String element,
            @Parameter(description = "text search in names, keywords, description and meanings (at most 100 characters)")
            @QueryParam("q") String q,
            @Parameter(description = "summary (default, for a card grid) or full (every text of every card)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"summary", "full"}, defaultValue = "summary"))
            @QueryParam("view") String view,
            @Parameter(description = "1 to 100, default 20") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        if (text != null && text.length() > 100) {
            throw DomainException.invalidField("q", "must be at most 100 characters");
        }
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > 100) {
            throw DomainException.invalidField("limit", "must be between 1 and 100");
        }
        CardCatalog.View shape = "full".equals(option("view", view, VIEWS)) ? CardCatalog.View.FULL : CardCatalog.View.SUMMARY;
        CardCatalog.Query query = new CardCatalog.Query(shape, option("arcana", arcana, ARCANA), option("suit", suit, SUITS),
                option("element", element, ELEMENTS), text, size, CardsCursor.decode(cursor));
        return catalog.current().map(deck -> {
            String etag = deck.etag(query);
            return matches(ifNoneMatch, etag) ? notModified(etag) : ok(deck.page(query));
        });
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One card with all its texts", description = "Cacheable: strong ETag, If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The card",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CardResponse.class)))
    @APIResponse(responseCode = "304", description = "The card named by If-None-Match has not changed")
    @APIResponse(responseCode = "404", description = "No card with this key")
    public Uni<Response> get(@Parameter(description = "slug, e.g. the-fool or ace-of-cups") @PathParam("key") String key,
                             @HeaderParam("If-None-Match") String ifNoneMatch) {
        return catalog.current().map(deck -> {
            CardCatalog.Body card = deck.card(key);
            if (card == null) {
                throw DomainException.notFound("Card '" + key + "'");
            }
            return matches(ifNoneMatch, card.etag()) ? notModified(card.etag()) : ok(card);
        });
    }

    private Response ok(CardCatalog.Body body) {
        return Response.ok(body.json(), MediaType.APPLICATION_JSON_TYPE).tag(new EntityTag(body.etag()))
                .header("Cache-Control", cacheControl).build();
    }

    private Response notModified(String etag) {
        return Response.notModified(new EntityTag(etag)).header("Cache-Control", cacheControl).build();
    }

    /** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || (tag.length() == etag.length() + 2 && tag.startsWith("\"") && tag.endsWith("\"")
                    && tag.regionMatches(1, etag, 0, etag.length()))) {
                return true;
            }
        }
        return false;
    }

    private static String option(String field, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw DomainException.invalidField(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return v;
    }
}
