package org.csi.initiative.domain;

/**
 * Where the regression watch of an objective stands. AWAITING_TARGET: a SIP completed while the KPI was still outside
 * the tolerance, so there is nothing to slide back from until a value is inside; WATCHING: inside, every value is
 * judged; REGRESSED: slid back (csi.target.regressed emitted), quiet until a value is inside again.
 */
public enum WatchState {
    AWAITING_TARGET, WATCHING, REGRESSED
}
