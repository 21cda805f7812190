package org.csi.assessment.service;

import java.util.List;

import org.csi.assessment.domain.Formality;

/** Record a practice as it is really done in a process (for one service, or every service when service is null). */
public record RecordPractice(String process, String service, String name, Formality formality, boolean documented,
        String owner, List<String> tools, String notes) {
}
