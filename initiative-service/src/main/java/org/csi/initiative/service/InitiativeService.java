package org.csi.initiative.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.itsm.ItsmRecordKey;

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
    private final InitiativeScoring scoring;

    InitiativeService(InitiativeEvents events, InitiativeLocks locks, CheckpointService checkpoints, History history,
            InitiativeScoring scoring) {
        this.scoring = scoring;
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
        apply(initiative, command.definition(), by);
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
        apply(initiative, command.definition(), by);
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

    /**
     * Adds a reference to an ITSM record (or refreshes its URL and title when it is there); an added or changed one is
     * announced with csi.initiative.updated. References may change in any status: ITSM tools link back late.
     */
    public Linked<Initiative> link(LinkItsmRecord command) {
        Initiative initiative = locks.lock(command.initiativeId());
        ItsmLinks.Change change = ItsmLinks.add(initiative.references, command.reference(),
                "Initiative " + initiative.id, command.by().name(), Instant.now());
        if (change != ItsmLinks.Change.UNCHANGED) {
            referencesChanged(initiative, change == ItsmLinks.Change.ADDED ? "REFERENCE_ADDED" : "REFERENCE_UPDATED",
                    command.reference().key(), command.by());
        }
        return new Linked<>(initiative, change == ItsmLinks.Change.ADDED);
    }

    /** Removes the reference to an ITSM record; 404 when the initiative has none to it. */
    public Initiative unlink(UnlinkItsmRecord command) {
        Initiative initiative = locks.lock(command.initiativeId());
        if (!ItsmLinks.remove(initiative.references, command.record())) {
            throw new NotFoundException("Reference", command.record() + " of initiative " + initiative.id);
        }
        referencesChanged(initiative, "REFERENCE_REMOVED", command.record(), command.by());
        return initiative;
    }

    /** Records a change of the references and announces the new state (with the version the flush raised). */
    private void referencesChanged(Initiative initiative, String what, ItsmRecordKey record, Actor by) {
        initiative.updatedAt = Instant.now();
        Initiative.getEntityManager().flush();
        history.record(initiative.id, "INITIATIVE", initiative.id, what, by, record.toString(), initiative.updatedAt);
        events.updated(initiative, by);
    }

    /**
     * A page of initiatives, newest first or, {@code byScore}, highest score first (ties newest first). {@code ref}
     * (system:type:id) keeps those that refer to the ITSM record themselves or through one of their objectives
     * (indexed: initiative_reference_record, objective_reference_record). The score is computed when read (so changed
     * weights apply at once), so ranking reads every matching initiative and pages in memory: a register holds
     * hundreds of initiatives, not millions.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Initiative> list(InitiativeStatus status, FocusArea focusArea, String owner, String ref,
            boolean byScore,
            int page, int size) {
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
        if (ref != null) {
            ItsmRecordKey record = ItsmRecordKey.parse("ref", ref);
            clauses.add("(id in (select i.id from Initiative i join i.references r where r.system = :refSystem and "
                    + "r.type = :refType and r.recordId = :refId) or id in (select o.initiativeId from Objective o "
                    + "join o.references r where r.system = :refSystem and r.type = :refType and r.recordId = :refId))");
            params.put("refSystem", record.system());
            params.put("refType", record.type());
            params.put("refId", record.id());
        }
        var query = clauses.isEmpty() ? Initiative.<Initiative>findAll(Sort.descending("createdAt"))
                : Initiative.<Initiative>find(String.join(" and ", clauses), Sort.descending("createdAt"), params);
        if (byScore) {
            List<Initiative> all = new ArrayList<>(query.list());
            Map<UUID, BigDecimal> scores = new HashMap<>();
            all.forEach(i -> scores.put(i.id, scoring.of(i).score()));
            all.sort(Comparator.<Initiative, BigDecimal>comparing(i -> scores.get(i.id)).reversed()
                    .thenComparing(i -> i.createdAt, Comparator.reverseOrder())
                    .thenComparing(i -> i.id));
            int from = Math.min(all.size(), page * size);
            return ResultPage.of(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
        }
        List<Initiative> items = query.page(Page.of(page, size)).list();
        return ResultPage.of(items, page, size, query.count());
    }

    private static void apply(Initiative initiative, InitiativeDefinition definition, Actor by) {
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
        InitiativeDefinition.Ratings ratings = definition.ratings() == null ? InitiativeDefinition.Ratings.NONE
                : definition.ratings();
        initiative.benefitRating = ratings.benefit();
        initiative.effortRating = ratings.effort();
        initiative.riskRating = ratings.risk();
        initiative.updatedAt = Instant.now();
        ItsmLinks.replace(initiative.references, definition.references(), "references", by.name(),
                initiative.updatedAt);
    }

    private static <T> List<T> listOf(List<T> given) {
        return given == null ? new ArrayList<>() : new ArrayList<>(given);
    }
}
