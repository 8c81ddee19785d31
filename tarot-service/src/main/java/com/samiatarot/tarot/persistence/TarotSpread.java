package com.samiatarot.tarot.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.UuidGenerator;

/** A row of tarot.tarot_spreads. layout_data travels as JSON text (jsonb in the database). */
@Entity
@Table(name = "tarot_spreads")
public class TarotSpread {

    @Id
    @GeneratedValue
    @UuidGenerator
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "card_count", nullable = false)
    public int cardCount;

    @Column(name = "layout_data", nullable = false)
    @ColumnTransformer(read = "cast(layout_data as text)", write = "cast(cast(? as text) as jsonb)")
    public String layoutData;

    @Column(name = "difficulty_level")
    public String difficultyLevel;

    public String category;

    @Column(name = "is_custom")
    public boolean custom;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "is_public")
    public boolean publicSpread;

    @Column(name = "usage_count", updatable = false, insertable = false)
    public Integer usageCount;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;
}
