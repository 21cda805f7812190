package org.csi.initiative.service;

import java.util.List;

import org.csi.initiative.domain.FocusArea;
import org.csi.initiative.domain.IdeaSource;
import org.csi.platform.identity.Actor;

/** Submit an improvement idea; {@code by} (the caller) is recorded as who submitted it. */
public record SubmitIdea(String title, String description, IdeaSource source, String surveyReference,
        List<FocusArea> focusAreas, Actor by) {
}
