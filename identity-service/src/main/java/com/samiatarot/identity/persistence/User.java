package com.samiatarot.identity.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/** A row of identity.users. Never serialised as JSON: the API maps it to response records. */
@Entity
@Table(name = "users")
public class User {

    @Id
    @GeneratedValue
    @UuidGenerator
    public UUID id;

    @Column(nullable = false, unique = true)
    public String email;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String role;

    @Column(name = "is_active")
    public boolean active;

    @Column(name = "email_verified")
    public boolean emailVerified;

    @Column(name = "phone_number")
    public String phoneNumber;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    public String timezone = "UTC";

    @Column(name = "profile_image_url")
    public String profileImageUrl;

    public String bio;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "last_login")
    public OffsetDateTime lastLogin;

    @Column(name = "login_count")
    public int loginCount;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> metadata = Map.of();

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> preferences = Map.of();

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    /** Can sign in and hold tokens: active and not soft-deleted. */
    public boolean usable() {
        return active && deletedAt == null;
    }
}
