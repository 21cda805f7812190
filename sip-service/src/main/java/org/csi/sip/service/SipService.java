package org.csi.sip.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.platform.domain.ConflictException;
import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.domain.NotPermittedException;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.domain.Violation;
import org.csi.platform.history.History;
import org.csi.platform.identity.Actor;
import org.csi.platform.outbox.Outbox;
import org.csi.sip.config.DraftingRules;
import org.csi.sip.config.SipConfig;
import org.csi.sip.domain.ActionStatus;
import org.csi.sip.domain.Origin;
import org.csi.sip.domain.Priority;
import org.csi.sip.domain.PriorityRule;
import org.csi.sip.domain.Sip;
import org.csi.sip.domain.SipAction;
import org.csi.sip.domain.SipStatus;
import org.csi.sip.domain.SipTransition;
import org.csi.sip.rest.ActionPatch;
import org.csi.sip.rest.ActionRequest;
import org.csi.sip.rest.SipPatch;
import org.csi.sip.rest.SipRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/** Use cases of SIPs people work on; every state change and its event commit in one transaction. */
@ApplicationScoped
@Transactional
public class SipService {

    private final Outbox outbox;
    private final DraftingRules drafting;
    private final EntityManager em;
    private final boolean fourEyes;
    private final History history;

    SipService(Outbox outbox, DraftingRules drafting, EntityManager em, SipConfig config, History history) {
        this.history = history;
        this.outbox = outbox;
        this.drafting = drafting;
        this.em = em;
        this.fourEyes = config.fourEyes();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public Sip create(SipRequest request, Actor by) {
        if (request.objectiveId() != null) {
            SipDrafter.openSipOf(request.objectiveId()).ifPresent(open -> {
                throw new ConflictException("Objective already has an open SIP",
                        "Objective " + request.objectiveId() + " already has open SIP " + open.id
                                + "; add to that plan instead",
                        new Violation("objectiveId", "has open SIP " + open.id));
            });
        }
        Instant now = Instant.now();
        Sip sip = new Sip();
        sip.id = UUID.randomUUID();
        sip.origin = Origin.MANUAL;
        sip.title = request.title().strip();
        sip.description = request.description();
        sip.initiativeId = request.initiativeId();
        sip.initiativeTitle = request.initiativeTitle();
        sip.cycle = request.cycle();
        sip.objectiveId = request.objectiveId();
        sip.focusAreas = request.focusAreas() == null ? new ArrayList<>()
                : new ArrayList<>(request.focusAreas().stream().distinct().toList());
        sip.service = request.service().strip();
        sip.process = request.process();
        sip.kpiKey = request.kpiKey();
        sip.dimension = request.dimension();
        sip.unit = request.unit();
        sip.baselineValue = request.baselineValue();
        sip.targetValue = request.targetValue();
        sip.actualValue = request.actualValue();
        sip.direction = request.direction();
        if (sip.direction != null && sip.targetValue != null && sip.actualValue != null) {
            sip.gapSize = sip.direction.shortfall(sip.targetValue, sip.actualValue).max(BigDecimal.ZERO);
        }
        sip.owner = request.owner().strip();
        sip.priority = request.priority() != null ? request.priority()
                : sip.gapSize != null ? PriorityRule.of(sip.gapSize, sip.targetValue, sip.focusAreas,
                        drafting.current().priority())
                : Priority.MEDIUM;
        sip.expectedBenefit = request.expectedBenefit();
        sip.targetCompletionDate = request.targetCompletionDate();
        sip.status = SipStatus.DRAFT;
        sip.createdAt = now;
        sip.updatedAt = now;
        if (request.actions() != null) {
            request.actions().forEach(a -> sip.addAction(a.description().strip(), ownerOr(a.owner(), sip.owner),
                    a.dueDate(), now));
        }
        sip.createdBy = by.name();
        sip.createdOnBehalfOf = by.onBehalfOf();
        sip.recordTransition(null, SipStatus.DRAFT, by, now, "raised by hand");
        sip.persist();
        history.record(sip.id, "SIP", sip.id, "CREATED", by, sip.title, now);
        outbox.emit(CsiEventType.SIP_DRAFTED, sip.id, sip.eventKey(), sip.drafted());
        em.flush();
        return sip;
    }

    public Sip get(UUID id) {
        return Sip.<Sip>findByIdOptional(id).orElseThrow(() -> new NotFoundException("SIP", id));
    }

    public Sip update(UUID id, String ifMatch, SipPatch patch, Actor by) {
        Sip sip = get(id);
        ExpectedVersion.ifMatch(ifMatch).verify(sip.version);
        requireOpen(sip, "be changed");
        if (patch.title() != null) {
            sip.title = patch.title().strip();
        }
        if (patch.description() != null) {
            sip.description = patch.description();
        }
        if (patch.owner() != null) {
            sip.owner = patch.owner().strip();
        }
        if (patch.priority() != null) {
            sip.priority = patch.priority();
        }
        if (patch.expectedBenefit() != null) {
            sip.expectedBenefit = patch.expectedBenefit();
        }
        if (patch.targetCompletionDate() != null) {
            sip.targetCompletionDate = patch.targetCompletionDate();
        }
        sip.updatedAt = Instant.now();
        em.flush();
        history.record(sip.id, "SIP", sip.id, "UPDATED", by, "version " + sip.version, sip.updatedAt);
        return sip;
    }

    public Sip submit(UUID id, String ifMatch, Actor by, String note) {
        return move(id, ifMatch, SipStatus.SUBMITTED, by, note);
    }

    /** SUBMITTED -> APPROVED; with four-eyes on, by someone other than the submitter (and whom it was submitted for). */
    public Sip approve(UUID id, String ifMatch, Actor approver, String note) {
        return move(id, ifMatch, SipStatus.APPROVED, approver, note, sip -> {
            if (fourEyes) {
                sip.lastMovedTo(SipStatus.SUBMITTED).filter(approver::sharesPersonWith).ifPresent(submitter -> {
                    throw new NotPermittedException("four-eyes", "Four-eyes approval",
                            "SIP " + id + " was submitted by " + submitter.describe() + "; someone else must approve "
                                    + "it (four-eyes rule, csi.sip.four-eyes)");
                });
            }
            sip.approvedBy = approver.name();
            sip.approvedOnBehalfOf = approver.onBehalfOf();
        });
    }

    public Sip start(UUID id, String ifMatch, Actor by, String note) {
        return move(id, ifMatch, SipStatus.IN_PROGRESS, by, note);
    }

    public Sip complete(UUID id, String ifMatch, Actor by, String resultNote) {
        Sip sip = get(id);
        if (sip.status == SipStatus.IN_PROGRESS) {
            List<SipAction> open = sip.actions.stream().filter(a -> a.status == ActionStatus.OPEN).toList();
            if (!open.isEmpty()) {
                throw new ConflictException("SIP " + id + " cannot be completed while " + open.size()
                        + " action(s) are OPEN (" + open.stream().map(a -> a.id.toString()).toList()
                        + "); mark each DONE or DROPPED first");
            }
        }
        return move(id, ifMatch, SipStatus.COMPLETED, by, resultNote, done -> done.resultNote = resultNote.strip());
    }

    public Sip cancel(UUID id, String ifMatch, Actor by, String reason) {
        return move(id, ifMatch, SipStatus.CANCELLED, by, reason);
    }

    public SipAction addAction(UUID id, ActionRequest request, Actor by) {
        Sip sip = get(id);
        requireOpen(sip, "get new actions");
        Instant now = Instant.now();
        SipAction action = sip.addAction(request.description().strip(), ownerOr(request.owner(), sip.owner),
                request.dueDate(), now);
        sip.updatedAt = now;
        em.flush();
        history.record(sip.id, "SIP_ACTION", action.id, "ADDED", by, action.description, now);
        return action;
    }

    public SipAction updateAction(UUID id, UUID actionId, String ifMatch, ActionPatch patch, Actor by) {
        Sip sip = get(id);
        SipAction action = sip.actions.stream().filter(a -> a.id.equals(actionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Action", actionId + " of SIP " + id));
        ExpectedVersion.ifMatch(ifMatch).verify(action.version);
        requireOpen(sip, "have its actions changed");
        if (patch.status() == ActionStatus.DROPPED && action.status != ActionStatus.DROPPED
                && (patch.note() == null || patch.note().isBlank())) {
            throw new InvalidException("note", "is required to drop an action: say why");
        }
        if (patch.description() != null) {
            action.description = patch.description().strip();
        }
        if (patch.owner() != null) {
            action.owner = patch.owner().strip();
        }
        if (patch.dueDate() != null) {
            action.dueDate = patch.dueDate();
        }
        if (patch.status() != null) {
            action.status = patch.status();
        }
        if (patch.note() != null) {
            action.note = patch.note();
        }
        Instant now = Instant.now();
        action.updatedAt = now;
        sip.updatedAt = now;
        em.flush();
        history.record(sip.id, "SIP_ACTION", action.id, "UPDATED", by, "status " + action.status, now);
        return action;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Sip> list(SipStatus status, UUID initiativeId, String service, String owner, Priority priority,
            Boolean overdue, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null) {
            clauses.add("s.status = :status");
            params.put("status", status);
        }
        if (initiativeId != null) {
            clauses.add("s.initiativeId = :initiativeId");
            params.put("initiativeId", initiativeId);
        }
        if (service != null && !service.isBlank()) {
            clauses.add("s.service = :service");
            params.put("service", service);
        }
        if (owner != null && !owner.isBlank()) {
            clauses.add("s.owner = :owner");
            params.put("owner", owner);
        }
        if (priority != null) {
            clauses.add("s.priority = :priority");
            params.put("priority", priority);
        }
        if (overdue != null) {
            String isOverdue = "(s.status in :open and (s.targetCompletionDate < :today or exists (select a.id from "
                    + "SipAction a where a.sip = s and a.status = :openAction and a.dueDate < :today)))";
            clauses.add(overdue ? isOverdue : "not " + isOverdue);
            params.put("open", SipStatus.open());
            params.put("today", today());
            params.put("openAction", ActionStatus.OPEN);
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        TypedQuery<Sip> items = em.createQuery("select s from Sip s" + where + " order by s.createdAt desc, s.id",
                Sip.class);
        TypedQuery<Long> count = em.createQuery("select count(s) from Sip s" + where, Long.class);
        params.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Sip> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return ResultPage.of(found, page, size, count.getSingleResult());
    }

    /** The one place a SIP changes status: checks the move, records who and when, and emits the event if any. */
    private Sip move(UUID id, String ifMatch, SipStatus next, Actor by, String note) {
        return move(id, ifMatch, next, by, note, sip -> {
        });
    }

    private Sip move(UUID id, String ifMatch, SipStatus next, Actor by, String note,
            java.util.function.Consumer<Sip> alsoChange) {
        Sip sip = get(id);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ExpectedVersion.ifMatch(ifMatch).verify(sip.version);
        }
        if (!sip.status.canMoveTo(next)) {
            throw new ConflictException("SIP " + id + " is " + sip.status + " and cannot move to " + next
                    + "; the lifecycle is DRAFT -> SUBMITTED -> APPROVED -> IN_PROGRESS -> COMPLETED, and CANCELLED "
                    + "from any open state");
        }
        Instant now = Instant.now();
        SipStatus previous = sip.status;
        sip.status = next;
        sip.updatedAt = now;
        alsoChange.accept(sip);
        SipTransition transition = sip.recordTransition(previous, next, by, now, note);
        history.record(sip.id, "SIP", sip.id, next.name(), by, previous + " -> " + next, now);
        CsiEventType event = switch (next) {
            case APPROVED -> CsiEventType.SIP_APPROVED;
            case COMPLETED -> CsiEventType.SIP_COMPLETED;
            case CANCELLED -> CsiEventType.SIP_CANCELLED;
            default -> null; // SUBMITTED and IN_PROGRESS are internal steps with no event in the contract
        };
        if (event != null) {
            outbox.emit(event, sip.id, sip.eventKey(), sip.transitioned(transition));
        }
        em.flush();
        return sip;
    }

    private static void requireOpen(Sip sip, String what) {
        if (!sip.status.isOpen()) {
            throw new ConflictException("SIP " + sip.id + " is " + sip.status + " and can no longer " + what);
        }
    }

    private static String ownerOr(String owner, String fallback) {
        return owner == null || owner.isBlank() ? fallback : owner.strip();
    }
}
