package com.samiatarot.tarot.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.security.Rls;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The 78 cards, read from the database once (one query returning the whole deck as JSON) and then
 * served from memory: the deck changes only with a migration, i.e. with a deployment.
 */
@ApplicationScoped
public class Deck {

    // Majors by number, then the suits in their traditional order, Ace..King.
    private static final String LOAD = "select cast(coalesce(json_agg(c order by c.arcana_type,"
            + " array_position(array['wands','cups','swords','pentacles']::varchar[], c.suit), c.number), '[]') as text)"
            + " from tarot.tarot_cards c";
    private static final TypeReference<List<Card>> CARDS = new TypeReference<>() {
    };

    private final Rls rls;
    private final ObjectMapper mapper;
    private volatile Snapshot snapshot;

    public Deck(Rls rls, ObjectMapper mapper) {
        this.rls = rls;
        this.mapper = mapper;
    }

    /** The deck with a version tag (hash of its content) for ETags. */
    public record Snapshot(List<Card> cards, Map<String, Card> byKey, String version) {
    }

    public Uni<Snapshot> snapshot() {
        Snapshot current = snapshot;
        if (current != null) {
            return Uni.createFrom().item(current);
        }
        return rls.asAnonymous(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(LOAD, String.class).getSingleResult()))
                .map(this::parse)
                .invoke(loaded -> snapshot = loaded);
    }

    public Uni<List<Card>> cards() {
        return snapshot().map(Snapshot::cards);
    }

    private Snapshot parse(String json) {
        try {
            List<Card> cards = List.copyOf(mapper.readValue(json, CARDS));
            Map<String, Card> byKey = new LinkedHashMap<>();
            cards.forEach(card -> byKey.put(card.cardKey(), card));
            return new Snapshot(cards, Map.copyOf(byKey), sha256(json).substring(0, 16));
        } catch (Exception e) {
            throw new IllegalStateException("the deck in tarot.tarot_cards cannot be read", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
