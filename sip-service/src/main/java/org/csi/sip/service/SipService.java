package org.csi.sip.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.platform.domain.ConflictException;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.domain.NotPermittedException;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.domain.Violation;
import org.csi.platform.history.History;
import org.csi.platform.history.HistoryEntry;
import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLink;
import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.itsm.ItsmRecordKey;
import org.csi.sip.config.DraftingRules;
import org.csi.sip.config.SipConfig;
import org.csi.sip.domain.ActionStatus;
import org.csi.sip.domain.Sip;
import org.csi.sip.domain.SipAction;
import org.csi.sip.domain.SipFactory;
import org.csi.sip.domain.SipRatings;
import org.csi.sip.domain.SipStatus;
import org.csi.sip.domain.SipTransition;
import org.csi.sip.messaging.SipEvents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/**
 * Use cases of SIPs people work on; every state change and its event commit in one transaction. Each returns the SIP
 * loaded whole ({@link Sip#loadWhole()}), so the resource can map it after the commit.
 */
@ApplicationScoped
@Transactional
public class SipService {

    private final SipEvents events;
    private final DraftingRules drafting;
    private final EntityManager em;
    private final boolean fourEyes;
    private final History history;
    private final SipScoring scoring;

    SipService(SipEvents events, DraftingRules drafting, EntityManager em, SipConfig config, History history,
            SipScoring scoring) {
        this.scoring = scoring;
        this.history = history;
        this.events = events;
        this.drafting = drafting;
        this.em = em;
        this.fourEyes = config.fourEyes();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public Sip create(CreateSip command) {
        UUID objectiveId = command.plan().scope().objectiveId();
        if (objectiveId != null) {
            SipDrafter.openSipOf(objectiveId).ifPresent(open -> {
                throw new ConflictException("Objective already has an open SIP",
                        "Objective " + objectiveId + " already has open SIP " + open.id + "; add to that plan instead",
                        new Violation("objectiveId", "has open SIP " + open.id));
            });
        }
        Sip sip = new SipFactory(drafting.current(), Instant.now()).manual(command.plan(), command.by());
        ItsmLinks.replace(sip.references, command.references(), "references", command.by().name(), sip.createdAt);
        List<List<ItsmLinks.Given>> actionReferences = command.actionReferences();
        for (int i = 0; actionReferences != null && i < actionReferences.size() && i < sip.actions.size(); i++) {
            ItsmLinks.replace(sip.actions.get(i).references, actionReferences.get(i),
                    "actions[" + i + "].references", command.by().name(), sip.createdAt);
        }
        (command.ratings() == null ? SipRatings.NONE : command.ratings()).applyTo(sip);
        (command.value() == null ? org.csi.sip.domain.SipValue.NONE : command.value()).applyTo(sip);
        sip.persist();
        history.record(sip.id, "SIP", sip.id, "CREATED", command.by(), sip.title, sip.createdAt);
        events.drafted(sip);
        em.flush();
        return sip.loadWhole();
    }

    /** One SIP, whole. */
    public Sip get(UUID id) {
        return find(id).loadWhole();
    }

    /** Who changed what of a SIP and when, oldest first. */
    public ResultPage<HistoryEntry> history(UUID id, int page, int size) {
        find(id);
        return history.of(id, page, size);
    }

    public Sip update(ChangeSip change) {
        Sip sip = find(change.sipId());
        change.expected().verify(sip.version);
        requireOpen(sip, "be changed");
        if (change.title() != null) {
            sip.title = change.title().strip();
        }
        if (change.description() != null) {
            sip.description = change.description();
        }
        if (change.owner() != null) {
            sip.owner = change.owner().strip();
        }
        if (change.priority() != null) {
            sip.priority = change.priority();
        }
        if (change.expectedBenefit() != null) {
            sip.expectedBenefit = change.expectedBenefit();
        }
        if (change.targetCompletionDate() != null) {
            sip.targetCompletionDate = change.targetCompletionDate();
        }
        if (change.ratings() != null) {
            change.ratings().applyTo(sip);
        }
        if (change.value() != null) {
            change.value().applyTo(sip);
        }
        sip.updatedAt = Instant.now();
        ItsmLinks.replace(sip.references, change.references(), "references", change.by().name(), sip.updatedAt);
        em.flush();
        history.record(sip.id, "SIP", sip.id, "UPDATED", change.by(), "version " + sip.version, sip.updatedAt);
        return sip.loadWhole();
    }

    /**
     * The one place a SIP changes status: checks the move and its own rule (four-eyes to approve, no OPEN action to
     * complete), records who and when, and emits the move's event if the contract has one.
     */
    public Sip move(MoveSip command) {
        Sip sip = find(command.sipId());
        SipStatus next = command.to();
        if (next == SipStatus.COMPLETED && sip.status == SipStatus.IN_PROGRESS) {
            requireNoOpenAction(sip);
        }
        if (command.expected() != null && command.expected().tags() != null && !command.expected().tags().isBlank()) {
            command.expected().verify(sip.version);
        }
        if (!sip.status.canMoveTo(next)) {
            throw new ConflictException("SIP " + sip.id + " is " + sip.status + " and cannot move to " + next
                    + "; the lifecycle is DRAFT -> SUBMITTED -> APPROVED -> IN_PROGRESS -> COMPLETED, and CANCELLED "
                    + "from any open state");
        }
        if (next == SipStatus.APPROVED) {
            approveAs(sip, command.by());
        } else if (next == SipStatus.COMPLETED) {
            sip.resultNote = command.note().strip();
            sip.realisedBenefits = org.csi.platform.value.BenefitValue.check("realisedBenefits",
                    command.realisedBenefits());
        }
        Instant now = Instant.now();
        SipStatus previous = sip.status;
        sip.status = next;
        sip.updatedAt = now;
        SipTransition transition = sip.recordTransition(previous, next, command.by(), now, command.note());
        history.record(sip.id, "SIP", sip.id, next.name(), command.by(), previous + " -> " + next, now);
        events.moved(sip, transition);
        em.flush();
        return sip.loadWhole();
    }

    public SipAction addAction(AddAction command) {
        Sip sip = find(command.sipId());
        requireOpen(sip, "get new actions");
        Instant now = Instant.now();
        SipFactory.PlannedAction planned = command.action();
        SipAction action = sip.addAction(planned.description().strip(),
                planned.owner() == null || planned.owner().isBlank() ? sip.owner : planned.owner().strip(),
                planned.dueDate(), now);
        ItsmLinks.replace(action.references, command.references(), "references", command.by().name(), now);
        sip.updatedAt = now;
        em.flush();
        history.record(sip.id, "SIP_ACTION", action.id, "ADDED", command.by(), action.description, now);
        sip.loadWhole();
        return action;
    }

    public Sip updateAction(ChangeAction change) {
        Sip sip = find(change.sipId());
        SipAction action = sip.actions.stream().filter(a -> a.id.equals(change.actionId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Action", change.actionId() + " of SIP " + sip.id));
        change.expected().verify(action.version);
        requireOpen(sip, "have its actions changed");
        if (change.status() == ActionStatus.DROPPED && action.status != ActionStatus.DROPPED
                && (change.note() == null || change.note().isBlank())) {
            throw new InvalidException("note", "is required to drop an action: say why");
        }
        if (change.description() != null) {
            action.description = change.description().strip();
        }
        if (change.owner() != null) {
            action.owner = change.owner().strip();
        }
        if (change.dueDate() != null) {
            action.dueDate = change.dueDate();
        }
        if (change.status() != null) {
            action.status = change.status();
        }
        if (change.note() != null) {
            action.note = change.note();
        }
        Instant now = Instant.now();
        ItsmLinks.replace(action.references, change.references(), "references", change.by().name(), now);
        action.updatedAt = now;
        sip.updatedAt = now;
        em.flush();
        history.record(sip.id, "SIP_ACTION", action.id, "UPDATED", change.by(), "status " + action.status, now);
        return sip.loadWhole();
    }

    /**
     * Adds a reference to an ITSM record to a SIP or one of its actions (or refreshes its URL and title), in any
     * status: ITSM tools link back late, e.g. the change raised for an action (type CHANGE) after the SIP completed.
     */
    public Linked link(LinkItsmRecord command) {
        Sip sip = find(command.sipId());
        List<ItsmLink> links = command.actionId() == null ? sip.references
                : action(sip, command.actionId()).references;
        String owner = command.actionId() == null ? "SIP " + sip.id : "Action " + command.actionId();
        Instant now = Instant.now();
        ItsmLinks.Change change = ItsmLinks.add(links, command.reference(), owner, command.by().name(), now);
        if (change != ItsmLinks.Change.UNCHANGED) {
            sip.updatedAt = now;
            em.flush();
            history.record(sip.id, command.actionId() == null ? "SIP" : "SIP_ACTION",
                    command.actionId() == null ? sip.id : command.actionId(), change == ItsmLinks.Change.ADDED
                            ? "REFERENCE_ADDED" : "REFERENCE_UPDATED", command.by(),
                    command.reference().key().toString(), now);
        }
        return new Linked(sip.loadWhole(), change == ItsmLinks.Change.ADDED);
    }

    /** Removes the reference to an ITSM record from a SIP or one of its actions; 404 when there is none to it. */
    public Sip unlink(UnlinkItsmRecord command) {
        Sip sip = find(command.sipId());
        List<ItsmLink> links = command.actionId() == null ? sip.references
                : action(sip, command.actionId()).references;
        if (!ItsmLinks.remove(links, command.record())) {
            throw new NotFoundException("Reference", command.record() + " of " + (command.actionId() == null
                    ? "SIP " + sip.id : "action " + command.actionId()));
        }
        Instant now = Instant.now();
        sip.updatedAt = now;
        em.flush();
        history.record(sip.id, command.actionId() == null ? "SIP" : "SIP_ACTION",
                command.actionId() == null ? sip.id : command.actionId(), "REFERENCE_REMOVED", command.by(),
                command.record().toString(), now);
        return sip.loadWhole();
    }

    /**
     * Asks for a change for an OPEN action of an open SIP: publishes csi.change.requested, which an ITSM tool turns
     * into a change request and links back as a CHANGE reference of the action. While a request waits for that link
     * (pending), a second one is a 409; once linked, the action may ask for another change.
     */
    public Sip requestChange(RequestChange command) {
        Sip sip = find(command.sipId());
        SipAction action = action(sip, command.actionId());
        requireOpen(sip, "ask for changes");
        if (action.status != ActionStatus.OPEN) {
            throw new ConflictException("Action " + action.id + " is " + action.status + "; only an OPEN action can "
                    + "ask for a change");
        }
        if (action.changePending()) {
            throw new ConflictException("Change already requested", "A change for action " + action.id
                    + " was requested at " + action.changeRequestedAt + " (request " + action.changeRequestId
                    + ") and no ITSM tool has linked it back yet", new Violation("actionId", "has a pending change "
                            + "request " + action.changeRequestId));
        }
        Instant now = Instant.now();
        action.changeRequestId = UUID.randomUUID();
        action.changeRequestedAt = now;
        action.changeRequestedBy = command.by().name();
        action.changeRequestedOnBehalfOf = command.by().onBehalfOf();
        action.changeRequestNote = command.note();
        action.updatedAt = now;
        sip.updatedAt = now;
        em.flush();
        sip.loadWhole();
        history.record(sip.id, "SIP_ACTION", action.id, "CHANGE_REQUESTED", command.by(),
                "request " + action.changeRequestId, now);
        events.changeRequested(sip, action);
        return sip;
    }

    private static SipAction action(Sip sip, UUID actionId) {
        return sip.actions.stream().filter(a -> a.id.equals(actionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Action", actionId + " of SIP " + sip.id));
    }

    /**
     * A page of SIPs, newest first or, {@code byScore}, highest score first (ties newest first), each whole. The score
     * is computed when read (so changed weights apply at once), so ranking scores every matching SIP and pages in
     * memory; only the page is loaded whole.
     */
    public ResultPage<Sip> list(FindSips query) {
        SipStatus status = query.status();
        UUID initiativeId = query.initiativeId();
        String service = query.service();
        String owner = query.owner();
        Boolean overdue = query.overdue();
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
        if (query.priority() != null) {
            clauses.add("s.priority = :priority");
            params.put("priority", query.priority());
        }
        if (query.ref() != null) {
            // The SIP's own references or one of its actions' (indexes sip_reference_record, sip_action_reference_record).
            ItsmRecordKey record = ItsmRecordKey.parse("ref", query.ref());
            clauses.add("(s.id in (select s2.id from Sip s2 join s2.references r where r.system = :refSystem and "
                    + "r.type = :refType and r.recordId = :refId) or s.id in (select a.sip.id from SipAction a join "
                    + "a.references r where r.system = :refSystem and r.type = :refType and r.recordId = :refId))");
            params.put("refSystem", record.system());
            params.put("refType", record.type());
            params.put("refId", record.id());
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
        if (query.byScore()) {
            TypedQuery<Sip> all = em.createQuery("select s from Sip s" + where, Sip.class);
            params.forEach(all::setParameter);
            List<Sip> ranked = new ArrayList<>(all.getResultList());
            Map<UUID, BigDecimal> scores = new HashMap<>();
            ranked.forEach(s -> scores.put(s.id, scoring.of(s).score()));
            ranked.sort(Comparator.<Sip, BigDecimal>comparing(s -> scores.get(s.id)).reversed()
                    .thenComparing(s -> s.createdAt, Comparator.reverseOrder()).thenComparing(s -> s.id));
            int from = Math.min(ranked.size(), query.page() * query.size());
            List<Sip> page = ranked.subList(from, Math.min(ranked.size(), from + query.size()));
            page.forEach(Sip::loadWhole);
            return ResultPage.of(page, query.page(), query.size(), ranked.size());
        }
        params.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Sip> found = items.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList();
        found.forEach(Sip::loadWhole);
        return ResultPage.of(found, query.page(), query.size(), count.getSingleResult());
    }

    private Sip find(UUID id) {
        return Sip.<Sip>findByIdOptional(id).orElseThrow(() -> new NotFoundException("SIP", id));
    }

    /** SUBMITTED -> APPROVED; with four-eyes on, by someone other than the submitter (and whom it was submitted for). */
    private void approveAs(Sip sip, Actor approver) {
        if (fourEyes) {
            sip.lastMovedTo(SipStatus.SUBMITTED).filter(approver::sharesPersonWith).ifPresent(submitter -> {
                throw new NotPermittedException("four-eyes", "Four-eyes approval",
                        "SIP " + sip.id + " was submitted by " + submitter.describe() + "; someone else must approve "
                                + "it (four-eyes rule, csi.sip.four-eyes)");
            });
        }
        sip.approvedBy = approver.name();
        sip.approvedOnBehalfOf = approver.onBehalfOf();
    }

    private static void requireNoOpenAction(Sip sip) {
        List<SipAction> open = sip.actions.stream().filter(a -> a.status == ActionStatus.OPEN).toList();
        if (!open.isEmpty()) {
            throw new ConflictException("SIP " + sip.id + " cannot be completed while " + open.size()
                    + " action(s) are OPEN (" + open.stream().map(a -> a.id.toString()).toList()
                    + "); mark each DONE or DROPPED first");
        }
    }

    private static void requireOpen(Sip sip, String what) {
        if (!sip.status.isOpen()) {
            throw new ConflictException("SIP " + sip.id + " is " + sip.status + " and can no longer " + what);
        }
    }
}
