package org.csi.initiative.service;

import java.util.List;

import org.csi.events.payload.Stakeholder;
import org.csi.initiative.domain.FocusArea;
import org.csi.initiative.domain.LifecyclePhase;
import org.csi.platform.itsm.ItsmLinks;

/**
 * What an initiative says about itself ("What is the vision?"): the part a create sets and an update replaces. Lists
 * and the lifecycle phase may be null (empty, SERVICE_OPERATION), and so may the ratings (none); the edge has checked
 * the rest. References left out (null) stay as they are; an empty list removes them all.
 */
public record InitiativeDefinition(String title, String vision, List<FocusArea> focusAreas, String approach,
        LifecyclePhase lifecyclePhase, List<String> services, List<String> processes, String owner,
        List<Stakeholder> stakeholders, String reviewCadence, List<ItsmLinks.Given> references, Ratings ratings) {

    /** Ranking: benefit, effort and risk rated 1..5 (the edge checked the range); null: not rated. */
    public record Ratings(Integer benefit, Integer effort, Integer risk) {
        public static final Ratings NONE = new Ratings(null, null, null);
    }
}
