package org.csi.sip.domain;

/** What made the SIP: a missed target, an identified gap, or a person. */
public enum Origin {
    TARGET_MISSED, GAP_IDENTIFIED, MANUAL
}
