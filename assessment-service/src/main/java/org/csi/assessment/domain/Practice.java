package org.csi.assessment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A practice as it is really done in a process, including informal and ad hoc ones. */
@Entity
@Table(name = "practice")
public class Practice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String process;

    /** Null for a practice used for every service of the process. */
    public String service;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Formality formality;

    @Column(nullable = false)
    public boolean documented;

    public String owner;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> tools = new ArrayList<>();

    public String notes;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
