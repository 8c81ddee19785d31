package com.samiatarot.identity.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

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

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "last_login")
    public OffsetDateTime lastLogin;

    @Column(name = "login_count")
    public int loginCount;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
