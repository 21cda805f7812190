package org.csi.initiative.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.csi.platform.value.BenefitValue;

import org.csi.initiative.domain.CheckpointOrigin;
import org.csi.initiative.domain.FocusArea;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.InitiativeCycle;
import org.csi.initiative.domain.InitiativeStatus;
import org.csi.initiative.domain.LifecyclePhase;
import org.csi.initiative.messaging.InitiativeEvents;
import org.csi.platform.domain.ConflictException;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.history.History;
import org.csi.platform.history.HistoryEntry;
import org.csi.platform.identity.Actor;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Use cases of initiatives; every state change and its event commit in one transaction. */
@ApplicationScoped
@Transactional
public class InitiativeService {

    private final InitiativeEvents events;
    private final InitiativeLocks locks;
    private final CheckpointService checkpoints;
    private final History history;

    InitiativeService(InitiativeEvents events, InitiativeLocks locks, CheckpointService checkpoints, History history) {
        this.events = events;
        this.locks = locks;
        this.checkpoints = checkpoints;
        this.history = history;
    }

    public Initiative create(CreateInitiative command) {
        Actor by = command.by();
        Initiative initiative = new Initiative();
        initiative.id = UUID.randomUUID();
        initiative.cycle = 1;
        initiative.status = InitiativeStatus.ACTIVE;
        initiative.createdAt = Instant.now();
        apply(initiative, command.definition());
        initiative.expectedBenefits = BenefitValue.check("expectedBenefits", command.expectedBenefits());
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
        events.created(initiative, by);
        return initiative;
    }

    /**
     * Replaces the initiative's vision, focus, scope and people (not its cycle or status). If-Match must name the
     * version read. A changed review cadence re-plans the pending scheduled checkpoint.
     */
    public Initiative update(UpdateInitiative command) {
        UUID id = command.initiativeId();
        Actor by = command.by();
        Initiative initiative = locks.lock(id);
        command.expected().verify(initiative.version);
        if (initiative.status != InitiativeStatus.ACTIVE) {
            throw new ConflictException("Initiative " + id + " is " + initiative.status + "; a closed initiative cannot change");
        }
        String previousCadence = initiative.reviewCadence;
        apply(initiative, command.definition());
        if (command.expectedBenefits() != null) { // left out: kept, so clients that do not know them lose nothing
            initiative.expectedBenefits = BenefitValue.check("expectedBenefits", command.expectedBenefits());
        }
        InitiativeCycle.of(id, initiative.cycle).vision = initiative.vision;
        if (!Objects.equals(previousCadence, initiative.reviewCadence)) {
            checkpoints.cancelPending(id, CheckpointOrigin.SCHEDULED);
            checkpoints.scheduleNext(initiative, Instant.now());
        }
        Initiative.getEntityManager().flush(); // Hibernate raises the @Version now; the event announces the new one
        history.record(initiative.id, "INITIATIVE", initiative.id, "UPDATED", by, "version " + initiative.version,
                Instant.now());
        events.updated(initiative, by);
        return initiative;
    }

    /** Ends the initiative: the current cycle ends, pending checkpoints are cancelled, no further changes. */
    public Initiative close(CloseInitiative command) {
        UUID id = command.initiativeId();
        Actor by = command.by();
        String reason = command.reason();
        Initiative initiative = locks.lock(id);
        command.expected().verify(initiative.version);
        if (initiative.status == InitiativeStatus.CLOSED) {
            throw new ConflictException("Initiative " + id + " is already CLOSED");
        }
        Instant now = Instant.now();
        initiative.status = InitiativeStatus.CLOSED;
        initiative.updatedAt = now;
        initiative.outcome = command.outcome();
        initiative.outcomeCategory = command.outcomeCategory();
        InitiativeCycle.of(id, initiative.cycle).endedAt = now;
        checkpoints.cancelPending(id, null);
        history.record(initiative.id, "INITIATIVE", initiative.id, "CLOSED", by, reason, now);
        events.closed(initiative, reason, now, by);
        return initiative;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Initiative get(UUID id) {
        return Initiative.<Initiative>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Initiative", id));
    }

    /** Who changed what of the initiative and when, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<HistoryEntry> history(UUID id, int page, int size) {
        get(id);
        return history.of(id, page, size);
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

    private static void apply(Initiative initiative, InitiativeDefinition definition) {
        initiative.title = definition.title().strip();
        initiative.vision = definition.vision().strip();
        initiative.focusAreas = new ArrayList<>(definition.focusAreas().stream().distinct().toList());
        initiative.approach = definition.approach();
        initiative.lifecyclePhase = definition.lifecyclePhase() == null ? LifecyclePhase.SERVICE_OPERATION
                : definition.lifecyclePhase();
        initiative.services = listOf(definition.services());
        initiative.processes = listOf(definition.processes());
        initiative.owner = definition.owner();
        initiative.stakeholders = listOf(definition.stakeholders());
        initiative.reviewCadence = definition.reviewCadence();
        initiative.updatedAt = Instant.now();
    }

    private static <T> List<T> listOf(List<T> given) {
        return given == null ? new ArrayList<>() : new ArrayList<>(given);
    }
}
