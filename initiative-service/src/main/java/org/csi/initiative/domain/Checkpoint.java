package org.csi.initiative.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.csi.platform.identity.Actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** "Did we get there?" A review of every objective of a cycle, due at an agreed time. */
@Entity
@Table(name = "checkpoint")
public class Checkpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "initiative_id", nullable = false)
    public UUID initiativeId;

    @Column(nullable = false)
    public int cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CheckpointOrigin origin;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CheckpointStatus status;

    /** What the checkpoint is for, free text (explicit checkpoints). */
    public String note;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** "scheduler" for a review at the due time, otherwise the caller who asked for it (from the token). */
    @Column(name = "reviewed_by")
    public String reviewedBy;

    /** Set when a csi-admin reviewed on behalf of someone: that person. */
    @Column(name = "reviewed_on_behalf_of")
    public String reviewedOnBehalfOf;

    @Column(name = "went_well")
    public String wentWell;

    @Column(name = "went_wrong")
    public String wentWrong;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checkpoint_result", joinColumns = @JoinColumn(name = "checkpoint_id"))
    @OrderColumn(name = "position")
    public List<CheckpointResult> results = new ArrayList<>();

    /** Marks the checkpoint reviewed by {@code by} (the scheduler, or a caller maybe acting for someone). */
    public void reviewed(Actor by, Instant at, String wentWell, String wentWrong) {
        status = CheckpointStatus.REVIEWED;
        reviewedAt = at;
        reviewedBy = by.name();
        reviewedOnBehalfOf = by.onBehalfOf();
        this.wentWell = wentWell;
        this.wentWrong = wentWrong;
    }

    /** One line for the history, e.g. "cycle 1: 2 objective(s) judged, 1 ACHIEVED, 1 MISSED". */
    public String summary() {
        Map<ResultStatus, Long> counts = new EnumMap<>(ResultStatus.class);
        results.forEach(r -> counts.merge(r.status, 1L, Long::sum));
        return "cycle " + cycle + ": " + results.size() + " objective(s) judged" + (counts.isEmpty() ? ""
                : ", " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")));
    }

    public static Checkpoint pending(UUID initiativeId, int cycle, CheckpointOrigin origin, Instant dueAt, String note) {
        Checkpoint checkpoint = new Checkpoint();
        checkpoint.id = UUID.randomUUID();
        checkpoint.initiativeId = initiativeId;
        checkpoint.cycle = cycle;
        checkpoint.origin = origin;
        checkpoint.dueAt = dueAt;
        checkpoint.status = CheckpointStatus.PENDING;
        checkpoint.note = note;
        checkpoint.createdAt = Instant.now();
        return checkpoint;
    }
}
