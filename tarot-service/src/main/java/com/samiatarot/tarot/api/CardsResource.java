package com.samiatarot.tarot.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.tarot.config.CardsConfig;
import com.samiatarot.tarot.domain.Card;
import com.samiatarot.tarot.domain.Deck;

import io.smallrye.mutiny.Uni;

/**
 * The public deck. Served from memory after the first load; every response carries an ETag derived from
 * the deck's content and the query, so clients and caches revalidate with a 304 instead of a download.
 */
@Path("/api/v1/cards")
@Produces(MediaType.APPLICATION_JSON)
public class CardsResource {

    private static final Set<String> ARCANA = Set.of("major", "minor");
    private static final Set<String> SUITS = Set.of("wands", "cups", "swords", "pentacles");
    private static final Set<String> ELEMENTS = Set.of("fire", "water", "air", "earth");

    private final Deck deck;
    private final CardsConfig config;
    private volatile Catalog catalog;

    public CardsResource(Deck deck, CardsConfig config) {
        this.deck = deck;
        this.config = config;
    }

    /** The deck as API records, built once per deck version. */
    private record Catalog(String version, List<CardResponse> cards, Map<String, CardResponse> byKey, List<String> searchText) {
    }

    @GET
    public Uni<Response> list(@QueryParam("arcana") String arcana, @QueryParam("suit") String suit,
                              @QueryParam("element") String element, @QueryParam("q") String q,
                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                              @HeaderParam("If-None-Match") String ifNoneMatch) {
        String a = option("arcana", arcana, ARCANA);
        String s = option("suit", suit, SUITS);
        String e = option("element", element, ELEMENTS);
        String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        if (text != null && text.length() > 100) {
            throw DomainException.invalidField("q", "must be at most 100 characters");
        }
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > 100) {
            throw DomainException.invalidField("limit", "must be between 1 and 100");
        }
        int offset = offset(cursor);
        return catalog().map(cat -> {
            String etag = cat.version() + "-" + Integer.toHexString(
                    (a + "|" + s + "|" + e + "|" + text + "|" + size + "|" + offset).hashCode());
            Response cached = notModified(ifNoneMatch, etag);
            if (cached != null) {
                return cached;
            }
            List<CardResponse> matching = new ArrayList<>();
            for (int i = 0; i < cat.cards().size(); i++) {
                CardResponse c = cat.cards().get(i);
                if ((a == null || a.equals(c.arcana())) && (s == null || s.equals(c.suit()))
                        && (e == null || e.equals(c.element())) && (text == null || cat.searchText().get(i).contains(text))) {
                    matching.add(c);
                }
            }
            int from = Math.min(offset, matching.size());
            int to = Math.min(from + size, matching.size());
            String next = to < matching.size() ? encodeOffset(to) : null;
            return cacheable(Response.ok(new Page<>(matching.subList(from, to), next)), etag);
        });
    }

    @GET
    @Path("/{key}")
    public Uni<Response> get(@PathParam("key") String key, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return catalog().map(cat -> {
            CardResponse card = cat.byKey().get(key == null ? "" : key.toLowerCase(Locale.ROOT));
            if (card == null) {
                throw DomainException.notFound("Card '" + key + "'");
            }
            String etag = cat.version() + "-" + card.key();
            Response cached = notModified(ifNoneMatch, etag);
            return cached != null ? cached : cacheable(Response.ok(card), etag);
        });
    }

    private Uni<Catalog> catalog() {
        return deck.snapshot().map(snapshot -> {
            Catalog current = catalog;
            if (current != null && current.version().equals(snapshot.version())) {
                return current;
            }
            List<CardResponse> cards = new ArrayList<>();
            List<String> search = new ArrayList<>();
            Map<String, CardResponse> byKey = new LinkedHashMap<>();
            for (Card card : snapshot.cards()) {
                CardResponse response = CardResponse.of(card, config.imageBaseUrl());
                cards.add(response);
                byKey.put(card.cardKey(), response);
                search.add(String.join(" ", card.name(), card.cardKey(), String.valueOf(card.description()),
                        String.join(" ", card.keywords(false)), String.join(" ", card.keywords(true)),
                        card.uprightMeaning(), card.reversedMeaning()).toLowerCase(Locale.ROOT));
            }
            Catalog built = new Catalog(snapshot.version(), List.copyOf(cards), Map.copyOf(byKey), List.copyOf(search));
            catalog = built;
            return built;
        });
    }

    private Response cacheable(Response.ResponseBuilder builder, String etag) {
        return builder.tag(new EntityTag(etag)).header("Cache-Control", cacheControl()).build();
    }

    private Response notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return null;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals("\"" + etag + "\"")) {
                return Response.notModified(new EntityTag(etag)).header("Cache-Control", cacheControl()).build();
            }
        }
        return null;
    }

    private String cacheControl() {
        return "public, max-age=" + config.cacheMaxAge().toSeconds();
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

    private static String encodeOffset(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("o:")) {
                throw new IllegalArgumentException();
            }
            int offset = Integer.parseInt(text.substring(2));
            if (offset < 0 || offset > 78) {
                throw new IllegalArgumentException();
            }
            return offset;
        } catch (RuntimeException e) {
            throw DomainException.invalidField("cursor", "is not a cursor issued by this API");
        }
    }
}
