package org.csi.assessment.domain;

/** How formal a practice is: defined and followed, done by habit, or improvised each time. */
public enum Formality {
    FORMAL, INFORMAL, AD_HOC
}
