package com.samiatarot.identity.persistence;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** identity.system_configuration: one platform setting. */
@Entity
@Table(name = "system_configuration")
public class SystemConfiguration {

    @Id
    public UUID id;

    @Column(name = "config_key", nullable = false)
    public String key;

    @Column(name = "config_value")
    public String value;

    @Column(name = "value_type")
    public String valueType;

    public String description;

    @Column(name = "is_sensitive")
    public boolean sensitive;

    @Column(name = "required_role")
    public String requiredRole;

    @Column(name = "validation_rules")
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> validationRules;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public UUID updatedBy;
}
