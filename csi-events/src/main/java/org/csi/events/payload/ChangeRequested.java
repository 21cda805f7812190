package org.csi.events.payload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Someone asked for a change for an action of a SIP (csi.change.requested): an ITSM tool turns it into a change
 * request and links it back by adding a reference of type CHANGE to the action. {@code requestId} names this request;
 * {@code references} are the SIP's ITSM records, {@code actionReferences} the action's.
 */
public record ChangeRequested(
        UUID requestId,
        UUID sipId,
        String sipTitle,
        String sipStatus,
        String priority,
        String owner,
        UUID initiativeId,
        String initiativeTitle,
        UUID objectiveId,
        String service,
        UUID actionId,
        String actionDescription,
        String actionOwner,
        LocalDate actionDueDate,
        String note,
        List<ItsmReference> references,
        List<ItsmReference> actionReferences,
        Instant requestedAt,
        String actor,
        String onBehalfOf) {

    /** Which SIP the change is for: what a change record needs to say why it exists. */
    public record Sip(UUID sipId, String title, String status, String priority, String owner, UUID initiativeId,
            String initiativeTitle, UUID objectiveId, String service, List<ItsmReference> references) {
    }

    /** Which action asks for the change. */
    public record Action(UUID actionId, String description, String owner, LocalDate dueDate,
            List<ItsmReference> references) {
    }

    /** The payload from its parts, in place of the 20-argument constructor (same fields, same JSON). */
    public static ChangeRequested of(UUID requestId, Sip sip, Action action, String note, Instant requestedAt,
            String actor, String onBehalfOf) {
        return new ChangeRequested(requestId, sip.sipId(), sip.title(), sip.status(), sip.priority(), sip.owner(),
                sip.initiativeId(), sip.initiativeTitle(), sip.objectiveId(), sip.service(), action.actionId(),
                action.description(), action.owner(), action.dueDate(), note, sip.references(), action.references(),
                requestedAt, actor, onBehalfOf);
    }
}
