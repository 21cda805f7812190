package org.csi.assessment.domain;

/**
 * What a service committed to: SPECIFICATION, the level-of-service targets design committed to (gaps 2 and 3);
 * PROMISE, what was communicated to customers, the catalogue promise or published level (gap 4).
 */
public enum CommitmentKind {
    SPECIFICATION, PROMISE
}
