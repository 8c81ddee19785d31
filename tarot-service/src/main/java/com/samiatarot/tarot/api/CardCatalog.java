package com.samiatarot.tarot.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.tarot.config.CardsConfig;
import com.samiatarot.tarot.domain.Card;
import com.samiatarot.tarot.domain.Deck;

import io.smallrye.mutiny.Uni;

/**
 * The deck's HTTP representations, serialised to JSON bytes once per deck version: each card as a summary
 * and in full, each single-card response, and (up to a byte budget) each filtered list page once it was
 * asked for. A request then costs a filter over 78 in-memory entries and a byte copy, never Jackson.
 * ETags are strong: a version (hash of every serialised card) plus the canonical query, so the same tag
 * always names the same bytes, across replicas too.
 */
@ApplicationScoped
public class CardCatalog {

    /** Pages kept as finished bodies; beyond this budget pages are assembled per request from the cards' bytes. */
    static final long PAGE_CACHE_BYTES = 16L * 1024 * 1024;
    private static final byte[] ITEMS_OPEN = "{\"items\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEXT_NULL = "],\"nextCursor\":null}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEXT_OPEN = "],\"nextCursor\":\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEXT_CLOSE = "\"}".getBytes(StandardCharsets.UTF_8);

    public enum View { SUMMARY, FULL }

    /** A validated, normalised list query (filters lower-case, null when absent). */
    public record Query(View view, String arcana, String suit, String element, String text, int limit, int offset) {
        String canonical() {
            return String.join("|", view.name(), String.valueOf(arcana), String.valueOf(suit), String.valueOf(element),
                    String.valueOf(text), String.valueOf(limit), String.valueOf(offset));
        }
    }

    /** A finished response body and its strong entity tag (without quotes). */
    public record Body(byte[] json, String etag) {
    }

    private final Deck deck;
    private final ObjectMapper mapper;
    private final CardsConfig config;
    private volatile Serialized serialized;

    public CardCatalog(Deck deck, ObjectMapper mapper, CardsConfig config) {
        this.deck = deck;
        this.mapper = mapper;
        this.config = config;
    }

    public Uni<Serialized> current() {
        Serialized current = serialized;
        if (current != null) {
            return Uni.createFrom().item(current);
        }
        return deck.snapshot().map(snapshot -> {
            Serialized existing = serialized;
            if (existing != null && existing.deckVersion.equals(snapshot.version())) {
                return existing;
            }
            Serialized built = new Serialized(snapshot, mapper, config.imageBaseUrl());
            serialized = built;
            return built;
        });
    }

    /** One deck version, serialised. Immutable apart from the page cache. */
    public static final class Serialized {

        private final String deckVersion;
        private final String version;
        private final List<Card> cards;
        private final byte[][] summaries;
        private final byte[][] full;
        private final String[] searchText;
        private final Map<String, Body> byKey;
        private final Map<Query, byte[]> pages = new ConcurrentHashMap<>();
        private final AtomicLong cachedBytes = new AtomicLong();

        Serialized(Deck.Snapshot snapshot, ObjectMapper mapper, String imageBaseUrl) {
            this.deckVersion = snapshot.version();
            this.cards = snapshot.cards();
            int n = cards.size();
            summaries = new byte[n][];
            full = new byte[n][];
            searchText = new String[n];
            MessageDigest digest = sha256();
            for (int i = 0; i < n; i++) {
                Card card = cards.get(i);
                summaries[i] = json(mapper, CardSummary.of(card, imageBaseUrl));
                full[i] = json(mapper, CardResponse.of(card, imageBaseUrl));
                digest.update(summaries[i]);
                digest.update(full[i]);
                searchText[i] = String.join(" ", card.name(), card.cardKey(), String.valueOf(card.description()),
                        String.join(" ", card.keywords(false)), String.join(" ", card.keywords(true)),
                        card.uprightMeaning(), card.reversedMeaning()).toLowerCase(Locale.ROOT);
            }
            version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            Map<String, Body> keyed = new HashMap<>();
            for (int i = 0; i < n; i++) {
                keyed.put(cards.get(i).cardKey(), new Body(full[i], version + "." + cards.get(i).cardKey()));
            }
            byKey = Map.copyOf(keyed);
        }

        public Body card(String key) {
            return key == null ? null : byKey.get(key.toLowerCase(Locale.ROOT));
        }

        /** The page's tag, known without building the page: a revalidation costs no copy at all. */
        public String etag(Query query) {
            return version + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(query.canonical().getBytes(StandardCharsets.UTF_8));
        }

        public Body page(Query query) {
            String etag = etag(query);
            byte[] cached = pages.get(query);
            if (cached != null) {
                return new Body(cached, etag);
            }
            byte[] built = assemble(query);
            // Free-text searches are unbounded in number: only the finite filter pages are kept.
            if (query.text() == null && cachedBytes.get() + built.length <= PAGE_CACHE_BYTES
                    && pages.putIfAbsent(query, built) == null) {
                cachedBytes.addAndGet(built.length);
            }
            return new Body(built, etag);
        }

        private byte[] assemble(Query q) {
            List<Integer> matching = new ArrayList<>();
            for (int i = 0; i < cards.size(); i++) {
                Card c = cards.get(i);
                if ((q.arcana() == null || q.arcana().equals(c.arcanaType())) && (q.suit() == null || q.suit().equals(c.suit()))
                        && (q.element() == null || q.element().equals(c.element()))
                        && (q.text() == null || searchText[i].contains(q.text()))) {
                    matching.add(i);
                }
            }
            int from = Math.min(q.offset(), matching.size());
            int to = Math.min(from + q.limit(), matching.size());
            byte[][] source = q.view() == View.FULL ? full : summaries;
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 + (to - from) * (source.length == 0 ? 0 : source[0].length + 1));
            out.writeBytes(ITEMS_OPEN);
            for (int i = from; i < to; i++) {
                if (i > from) {
                    out.write(',');
                }
                out.writeBytes(source[matching.get(i)]);
            }
            if (to < matching.size()) {
                out.writeBytes(NEXT_OPEN);
                out.writeBytes(CardsCursor.encode(to).getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(NEXT_CLOSE);
            } else {
                out.writeBytes(NEXT_NULL);
            }
            return out.toByteArray();
        }

        private static byte[] json(ObjectMapper mapper, Object value) {
            try {
                return mapper.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a card cannot be serialised", e);
            }
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
