package com.samiatarot.wallet.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of wallet.payment_methods: a gateway token and display data, never card numbers. */
@Entity
@Table(name = "payment_methods")
public class PaymentMethod {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "method_type", nullable = false)
    public String methodType;

    public String provider;

    @Column(name = "provider_method_id")
    public String providerMethodId;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "last_four")
    public String lastFour;

    public String brand;

    @Column(name = "expiry_month")
    public Integer expiryMonth;

    @Column(name = "expiry_year")
    public Integer expiryYear;

    @Column(name = "is_default")
    public boolean isDefault;

    @Column(name = "is_verified")
    public boolean verified;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
