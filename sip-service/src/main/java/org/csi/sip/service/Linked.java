package org.csi.sip.service;

import org.csi.sip.domain.Sip;

/** The SIP (loaded whole) a reference was added to, and whether it was new (false: there already, refreshed). */
public record Linked(Sip sip, boolean added) {
}
