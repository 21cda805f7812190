package org.csi.sip.domain;

/** An action is open until it is done or explicitly dropped (with a note saying why). */
public enum ActionStatus {
    OPEN, DONE, DROPPED
}
