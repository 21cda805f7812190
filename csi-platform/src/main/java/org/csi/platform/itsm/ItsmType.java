package org.csi.platform.itsm;

/** The kinds of ITSM record a CSI record can refer to. */
public enum ItsmType {
    INCIDENT, PROBLEM, CHANGE, KNOWLEDGE, REQUEST, SURVEY
}
