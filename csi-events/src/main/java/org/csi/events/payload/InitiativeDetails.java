package org.csi.events.payload;

import java.util.List;
import java.util.UUID;

/** The full state of an initiative ("What is the vision?"): payload of csi.initiative.created and csi.initiative.updated. */
public record InitiativeDetails(
        UUID initiativeId,
        String title,
        String vision,
        List<String> focusAreas,
        String approach,
        String lifecyclePhase,
        List<String> services,
        List<String> processes,
        String owner,
        List<Stakeholder> stakeholders,
        String reviewCadence,
        int cycle,
        String status,
        long version,
        String actor,
        String onBehalfOf,
        List<ItsmReference> references,
        // value (issue 17): the initiative's typed expected benefits
        List<Benefit> expectedBenefits) {

    /** The fields before the ITSM references and the typed benefits were added; they stay null. */
    public InitiativeDetails(UUID initiativeId, String title, String vision, List<String> focusAreas, String approach,
            String lifecyclePhase, List<String> services, List<String> processes, String owner,
            List<Stakeholder> stakeholders, String reviewCadence, int cycle, String status, long version, String actor,
            String onBehalfOf) {
        this(initiativeId, title, vision, focusAreas, approach, lifecyclePhase, services, processes, owner,
                stakeholders, reviewCadence, cycle, status, version, actor, onBehalfOf, null, null);
    }

    /** The fields before the actor was added (for code written against them); the new fields stay null. */
    public InitiativeDetails(UUID initiativeId, String title, String vision, List<String> focusAreas, String approach,
            String lifecyclePhase, List<String> services, List<String> processes, String owner,
            List<Stakeholder> stakeholders, String reviewCadence, int cycle, String status, long version) {
        this(initiativeId, title, vision, focusAreas, approach, lifecyclePhase, services, processes, owner,
                stakeholders, reviewCadence, cycle, status, version, null, null, null, null);
    }
}
