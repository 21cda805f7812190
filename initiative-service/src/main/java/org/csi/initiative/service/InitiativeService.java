package org.csi.initiative.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.events.payload.InitiativeClosed;
import org.csi.events.payload.Stakeholder;
import org.csi.initiative.domain.CheckpointOrigin;
import org.csi.initiative.domain.FocusArea;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.InitiativeCycle;
import org.csi.initiative.domain.InitiativeStatus;
import org.csi.initiative.domain.LifecyclePhase;
import org.csi.initiative.rest.InitiativeRequest;
import org.csi.platform.domain.ConflictException;
import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.history.History;
import org.csi.platform.identity.Actor;
import org.csi.platform.outbox.Outbox;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Use cases of initiatives; every state change and its event commit in one transaction. */
@ApplicationScoped
@Transactional
public class InitiativeService {

    private final Outbox outbox;
    private final InitiativeLocks locks;
    private final CheckpointService checkpoints;
    private final History history;

    InitiativeService(Outbox outbox, InitiativeLocks locks, CheckpointService checkpoints, History history) {
        this.outbox = outbox;
        this.locks = locks;
        this.checkpoints = checkpoints;
        this.history = history;
    }

    public Initiative create(InitiativeRequest request, Actor by) {
        Initiative initiative = new Initiative();
        initiative.id = UUID.randomUUID();
        initiative.cycle = 1;
        initiative.status = InitiativeStatus.ACTIVE;
        initiative.createdAt = Instant.now();
        apply(initiative, request);
        initiative.persist();
        InitiativeCycle first = new InitiativeCycle();
        first.initiativeId = initiative.id;
        first.cycle = 1;
        first.vision = initiative.vision;
        first.startedAt = initiative.createdAt;
        first.persist();
        checkpoints.scheduleNext(initiative, initiative.createdAt);
        history.record(initiative.id, "INITIATIVE", initiative.id, "CREATED", by, initiative.title,
                initiative.createdAt);
        outbox.emit(CsiEventType.INITIATIVE_CREATED, initiative.id, initiative.id, initiative.details(by));
        return initiative;
    }

    /**
     * Replaces the initiative's vision, focus, scope and people (not its cycle or status). If-Match must name the
     * version read. A changed review cadence re-plans the pending scheduled checkpoint.
     */
    public Initiative update(UUID id, String ifMatch, InitiativeRequest request, Actor by) {
        Initiative initiative = locks.lock(id);
        ExpectedVersion.ifMatch(ifMatch).verify(initiative.version);
        if (initiative.status != InitiativeStatus.ACTIVE) {
            throw new ConflictException("Initiative " + id + " is " + initiative.status + "; a closed initiative cannot change");
        }
        String previousCadence = initiative.reviewCadence;
        apply(initiative, request);
        InitiativeCycle.of(id, initiative.cycle).vision = initiative.vision;
        if (!Objects.equals(previousCadence, initiative.reviewCadence)) {
            checkpoints.cancelPending(id, CheckpointOrigin.SCHEDULED);
            checkpoints.scheduleNext(initiative, Instant.now());
        }
        Initiative.getEntityManager().flush(); // Hibernate raises the @Version now; the event announces the new one
        history.record(initiative.id, "INITIATIVE", initiative.id, "UPDATED", by, "version " + initiative.version,
                Instant.now());
        outbox.emit(CsiEventType.INITIATIVE_UPDATED, initiative.id, initiative.id, initiative.details(by));
        return initiative;
    }

    /** Ends the initiative: the current cycle ends, pending checkpoints are cancelled, no further changes. */
    public Initiative close(UUID id, String ifMatch, String reason, Actor by) {
        Initiative initiative = locks.lock(id);
        if (ifMatch != null) {
            ExpectedVersion.ifMatch(ifMatch).verify(initiative.version);
        }
        if (initiative.status == InitiativeStatus.CLOSED) {
            throw new ConflictException("Initiative " + id + " is already CLOSED");
        }
        Instant now = Instant.now();
        initiative.status = InitiativeStatus.CLOSED;
        initiative.updatedAt = now;
        InitiativeCycle.of(id, initiative.cycle).endedAt = now;
        checkpoints.cancelPending(id, null);
        history.record(initiative.id, "INITIATIVE", initiative.id, "CLOSED", by, reason, now);
        outbox.emit(CsiEventType.INITIATIVE_CLOSED, initiative.id, initiative.id,
                new InitiativeClosed(initiative.id, initiative.title, initiative.cycle, reason, now, by.name(),
                        by.onBehalfOf()));
        return initiative;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Initiative> find(UUID id) {
        return Initiative.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Initiative> list(InitiativeStatus status, FocusArea focusArea, String owner, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null) {
            clauses.add("status = :status");
            params.put("status", status);
        }
        if (owner != null && !owner.isBlank()) {
            clauses.add("owner = :owner");
            params.put("owner", owner);
        }
        if (focusArea != null) {
            clauses.add(":focus member of focusAreas");
            params.put("focus", focusArea);
        }
        var query = clauses.isEmpty() ? Initiative.<Initiative>findAll(Sort.descending("createdAt"))
                : Initiative.<Initiative>find(String.join(" and ", clauses), Sort.descending("createdAt"), params);
        List<Initiative> items = query.page(Page.of(page, size)).list();
        return ResultPage.of(items, page, size, query.count());
    }

    private static void apply(Initiative initiative, InitiativeRequest request) {
        initiative.title = request.title().strip();
        initiative.vision = request.vision().strip();
        initiative.focusAreas = new ArrayList<>(request.focusAreas().stream().distinct().toList());
        initiative.approach = request.approach();
        initiative.lifecyclePhase = request.lifecyclePhase() == null ? LifecyclePhase.SERVICE_OPERATION
                : request.lifecyclePhase();
        initiative.services = request.services() == null ? new ArrayList<>() : new ArrayList<>(request.services());
        initiative.processes = request.processes() == null ? new ArrayList<>() : new ArrayList<>(request.processes());
        initiative.owner = request.owner();
        initiative.stakeholders = request.stakeholders() == null ? new ArrayList<>()
                : new ArrayList<>(request.stakeholders().stream()
                        .map(s -> new Stakeholder(s.name(), s.email(), s.role())).toList());
        initiative.reviewCadence = request.reviewCadence();
        initiative.updatedAt = Instant.now();
    }
}
