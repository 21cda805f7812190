package org.csi.initiative.service;

import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.FocusArea;
import org.csi.platform.identity.Actor;

/** A manager's decision on a SUBMITTED idea: promote it into a new initiative, attach it to one, or reject it. */
public sealed interface DecideIdea {

    UUID ideaId();

    Actor by();

    /**
     * Promote into a new initiative. Title, vision and focus areas left out come from the idea (vision: its
     * description, else its title); the owner is required; the rest as in {@link InitiativeDefinition}.
     */
    record Promote(UUID ideaId, String title, String vision, List<FocusArea> focusAreas, String owner,
            List<String> services, InitiativeDefinition.Ratings ratings, String note, Actor by) implements DecideIdea {
    }

    /** Attach to an existing ACTIVE initiative. */
    record Attach(UUID ideaId, UUID initiativeId, String note, Actor by) implements DecideIdea {
    }

    /** Reject, saying why. */
    record Reject(UUID ideaId, String reason, Actor by) implements DecideIdea {
    }
}
