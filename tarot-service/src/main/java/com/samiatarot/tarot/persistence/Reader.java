package com.samiatarot.tarot.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/**
 * tarot.readers, the projection of identity's users and profiles (names, rates, availability).
 * Read-only here: only the identity.events consumer writes it, with SQL upserts (ReaderRepository).
 */
@Entity
@Immutable
@Table(name = "readers")
public class Reader {

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "rate_per_minute")
    public BigDecimal ratePerMinute;

    public String currency;

    @Column(name = "is_reader")
    public boolean reader;

    @Column(name = "is_active")
    public boolean active;

    public boolean online;

    /** Weekly slots as JSON text, or null when identity never sent any. */
    @Column(name = "availability_schedule")
    @ColumnTransformer(read = "cast(availability_schedule as text)")
    public String availabilitySchedule;

    @Column(name = "rating_avg")
    public BigDecimal ratingAvg;

    @Column(name = "rating_count")
    public int ratingCount;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Bookable outside online hours: at least one published weekly slot. */
    public boolean hasSchedule() {
        return availabilitySchedule != null && availabilitySchedule.strip().startsWith("[{");
    }
}
