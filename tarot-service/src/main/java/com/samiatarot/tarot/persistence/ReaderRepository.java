package com.samiatarot.tarot.persistence;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/**
 * The readers projection. Writes are upserts keyed by user id, so an event about a user the projection
 * has not seen yet (e.g. consumed from the middle of the topic) still lands.
 */
@ApplicationScoped
public class ReaderRepository implements PanacheRepositoryBase<Reader, UUID> {

    public Uni<Integer> upsertRegistered(UUID userId, String displayName, boolean isReader) {
        return execute("insert into tarot.readers (user_id, display_name, is_reader, is_active) values (?1, cast(?2 as varchar), ?3, true)"
                + " on conflict (user_id) do update set display_name = excluded.display_name, is_reader = excluded.is_reader",
                userId, displayName, isReader);
    }

    public Uni<Integer> upsertRole(UUID userId, boolean isReader) {
        return execute("insert into tarot.readers (user_id, is_reader) values (?1, ?2)"
                + " on conflict (user_id) do update set is_reader = excluded.is_reader,"
                + " online = tarot.readers.online and excluded.is_reader", userId, isReader);
    }

    /**
     * specializations and languages travel as JSON arrays of strings and become text[]. scheduleJson is the
     * availabilitySchedule array when the event carries the field ("[]" when it is null), else null: the
     * projection keeps what it knew.
     */
    public Uni<Integer> upsertProfile(UUID userId, String displayName, String imageUrl, String bio,
                                      String specializationsJson, String languagesJson,
                                      BigDecimal rate, String currency, String scheduleJson) {
        return execute("insert into tarot.readers (user_id, display_name, profile_image_url, bio, specializations, languages,"
                        + " rate_per_minute, currency, availability_schedule) values (?1, cast(?2 as varchar), cast(?3 as text), cast(?4 as text),"
                        + " array(select jsonb_array_elements_text(cast(cast(?5 as text) as jsonb))),"
                        + " array(select jsonb_array_elements_text(cast(cast(?6 as text) as jsonb))),"
                        + " cast(cast(?7 as text) as numeric), coalesce(cast(?8 as varchar), 'USD'), cast(cast(?9 as text) as jsonb))"
                        + " on conflict (user_id) do update set display_name = coalesce(excluded.display_name, tarot.readers.display_name),"
                        + " profile_image_url = excluded.profile_image_url, bio = excluded.bio,"
                        + " specializations = excluded.specializations, languages = excluded.languages,"
                        + " rate_per_minute = excluded.rate_per_minute, currency = excluded.currency,"
                        + " availability_schedule = coalesce(excluded.availability_schedule, tarot.readers.availability_schedule)",
                userId, displayName, imageUrl, bio, specializationsJson, languagesJson,
                rate == null ? null : rate.toPlainString(), currency, scheduleJson);
    }

    public Uni<Integer> upsertOnline(UUID userId, boolean online) {
        return execute("insert into tarot.readers (user_id, online) values (?1, ?2)"
                + " on conflict (user_id) do update set online = excluded.online and tarot.readers.is_active", userId, online);
    }

    public Uni<Integer> upsertActive(UUID userId, boolean active) {
        return execute("insert into tarot.readers (user_id, is_active, online) values (?1, ?2, false)"
                + " on conflict (user_id) do update set is_active = excluded.is_active,"
                + " online = tarot.readers.online and excluded.is_active", userId, active);
    }

    /** A deleted account keeps its id (past readings refer to it) but loses every personal detail. */
    public Uni<Integer> markDeleted(UUID userId) {
        return execute("insert into tarot.readers (user_id, is_reader, is_active, online) values (?1, false, false, false)"
                + " on conflict (user_id) do update set display_name = null, profile_image_url = null, bio = null,"
                + " specializations = '{}', languages = '{}', is_reader = false, is_active = false, online = false", userId);
    }

    public Uni<Integer> applyRating(UUID readerId, int rating) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select tarot.apply_reader_rating(?1, ?2)", Integer.class)
                .setParameter(1, readerId)
                .setParameter(2, rating)
                .getSingleResultOrNull());
    }

    private Uni<Integer> execute(String sql, Object... params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.executeUpdate();
        });
    }
}
