package org.csi.initiative.domain;

/** Short-term or long-term target (the seed: "both short-term and long-term targets"). */
public enum Horizon {
    SHORT_TERM, LONG_TERM
}
