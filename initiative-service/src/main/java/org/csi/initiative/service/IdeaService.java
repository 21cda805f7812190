package org.csi.initiative.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.Idea;
import org.csi.initiative.domain.IdeaStatus;
import org.csi.initiative.domain.Initiative;
import org.csi.platform.domain.ConflictException;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.history.History;
import org.csi.platform.identity.Actor;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Improvement ideas: anyone with a read role submits and votes (one vote per caller), a manager promotes an idea into
 * a new initiative, attaches it to an existing one or rejects it. Ideas emit no events of their own: what others act
 * on is the initiative, and promoting one publishes csi.initiative.created as any new initiative does.
 */
@ApplicationScoped
@Transactional
public class IdeaService {

    /** The order of a list of ideas. */
    public enum Order {
        VOTES, NEWEST
    }

    /** A vote as cast: the idea afterwards, and whether this call counted (false: the caller had voted before). */
    public record Vote(Idea idea, boolean counted) {
    }

    /** A decision as made: the idea afterwards and the initiative it now belongs to (null when rejected). */
    public record Decision(Idea idea, Initiative initiative) {
    }

    private final EntityManager em;
    private final InitiativeService initiatives;
    private final InitiativeLocks locks;
    private final History history;

    IdeaService(EntityManager em, InitiativeService initiatives, InitiativeLocks locks, History history) {
        this.em = em;
        this.initiatives = initiatives;
        this.locks = locks;
        this.history = history;
    }

    public Idea submit(SubmitIdea command) {
        Idea idea = new Idea();
        idea.id = UUID.randomUUID();
        idea.title = command.title().strip();
        idea.description = command.description();
        idea.source = command.source();
        idea.surveyReference = command.surveyReference();
        idea.focusAreas = command.focusAreas() == null ? new ArrayList<>()
                : new ArrayList<>(command.focusAreas().stream().distinct().toList());
        idea.submittedBy = command.by().name();
        idea.status = IdeaStatus.SUBMITTED;
        idea.createdAt = Instant.now();
        idea.updatedAt = idea.createdAt;
        idea.persist();
        return idea;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Idea get(UUID id) {
        return Idea.<Idea>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Idea", id));
    }

    /** A page of ideas, most votes first (ties newest first) or newest first; optionally of one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Idea> list(IdeaStatus status, Order order, int page, int size) {
        Sort sort = order == Order.NEWEST ? Sort.descending("createdAt").and("id")
                : Sort.descending("votes").and("createdAt", Sort.Direction.Descending).and("id");
        var query = status == null ? Idea.<Idea>findAll(sort) : Idea.<Idea>find("status", sort, status);
        List<Idea> items = query.page(Page.of(page, size)).list();
        return ResultPage.of(items, page, size, query.count());
    }

    /**
     * One vote per caller: the first call counts, a repeated one changes nothing (the idea_vote key refuses the second
     * row, so two concurrent first votes of the same caller still count once). Only a SUBMITTED idea takes votes.
     */
    public Vote vote(UUID ideaId, Actor by) {
        Idea idea = get(ideaId);
        if (idea.status != IdeaStatus.SUBMITTED) {
            throw new ConflictException("Idea " + ideaId + " is " + idea.status + "; only a SUBMITTED idea takes votes");
        }
        int inserted = em.createNativeQuery("INSERT INTO idea_vote (idea_id, voter, voted_at) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT DO NOTHING").setParameter(1, ideaId).setParameter(2, by.name())
                .setParameter(3, Instant.now()).executeUpdate();
        if (inserted == 1) {
            em.createNativeQuery("UPDATE idea SET votes = votes + 1 WHERE id = ?1").setParameter(1, ideaId)
                    .executeUpdate();
        }
        em.refresh(idea);
        return new Vote(idea, inserted == 1);
    }

    /** Promote, attach or reject a SUBMITTED idea; a second decision is a 409. */
    public Decision decide(DecideIdea command) {
        Idea idea = Idea.<Idea>findByIdOptional(command.ideaId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Idea", command.ideaId()));
        Instant now = Instant.now();
        Actor by = command.by();
        if (command instanceof DecideIdea.Promote p) {
            idea.decide(IdeaStatus.PROMOTED, null, p.note(), by, now); // refuses a decided idea before anything else
            Initiative initiative = initiatives.create(new CreateInitiative(definitionOf(idea, p), by));
            idea.initiativeId = initiative.id;
            linked(initiative, idea, "IDEA_PROMOTED", by, now);
            return new Decision(idea, initiative);
        }
        if (command instanceof DecideIdea.Attach a) {
            Initiative initiative = locks.lockActive(a.initiativeId(), "take ideas");
            idea.decide(IdeaStatus.ATTACHED, initiative.id, a.note(), by, now);
            linked(initiative, idea, "IDEA_ATTACHED", by, now);
            return new Decision(idea, initiative);
        }
        DecideIdea.Reject r = (DecideIdea.Reject) command;
        idea.decide(IdeaStatus.REJECTED, null, r.reason(), by, now);
        return new Decision(idea, null);
    }

    private void linked(Initiative initiative, Idea idea, String action, Actor by, Instant now) {
        em.flush();
        if (initiative.ideas.stream().noneMatch(i -> i.id.equals(idea.id))) {
            initiative.ideas.add(idea); // the idea owns the link; this only keeps the loaded initiative in step
        }
        history.record(initiative.id, "IDEA", idea.id, action, by, idea.title, now);
    }

    private static InitiativeDefinition definitionOf(Idea idea, DecideIdea.Promote p) {
        var focusAreas = p.focusAreas() != null && !p.focusAreas().isEmpty() ? p.focusAreas() : idea.focusAreas;
        if (focusAreas.isEmpty()) {
            throw new InvalidException("focusAreas", "the idea names no focus area; give at least one");
        }
        String vision = p.vision() != null ? p.vision()
                : idea.description != null && !idea.description.isBlank() ? idea.description : idea.title;
        return new InitiativeDefinition(p.title() != null ? p.title() : idea.title, vision, focusAreas, null, null,
                p.services(), null, p.owner(), null, null, null, p.ratings());
    }
}
