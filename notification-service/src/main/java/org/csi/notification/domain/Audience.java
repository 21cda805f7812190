package org.csi.notification.domain;

import java.util.List;
import java.util.Set;

/**
 * One audience of a communication plan: who, through which channel, and which event types it wants (empty: all).
 * EMAIL uses {@code addresses}; WEBHOOK uses {@code url} and signs with {@code secret}; FEED needs neither.
 * <p>
 * What matters is told at once ({@code immediateEventTypes}, null: {@link #DEFAULT_IMMEDIATE}); everything else the
 * audience wants waits for its digest ({@code digestCadence}, null: the plan's). {@code immediateChannels} and
 * {@code digestChannels} choose the channels of each (null: {@code channel}; empty: none, e.g. no digest at all).
 */
public record Audience(String name, AudienceKind kind, Channel channel, List<String> addresses, String url,
        String secret, List<String> eventTypes, List<String> immediateEventTypes, List<Channel> immediateChannels,
        List<Channel> digestChannels, DigestCadence digestCadence) {

    /**
     * Told at once by default: targets missed or achieved, a target regressed, SIPs drafted, approved or completed, a
     * new cycle, an initiative closed. {@code csi.target.regressed} is named as a string: the type is added to the
     * contract by another change, and a name not (yet) in it simply never arrives.
     */
    public static final Set<String> DEFAULT_IMMEDIATE = Set.of("csi.target.missed", "csi.target.achieved",
            "csi.target.regressed", "csi.sip.drafted", "csi.sip.approved", "csi.sip.completed", "csi.cycle.started",
            "csi.initiative.closed");

    /** An audience with the defaults: the immediate types, its one channel for both, the plan's cadence. */
    public Audience(String name, AudienceKind kind, Channel channel, List<String> addresses, String url, String secret,
            List<String> eventTypes) {
        this(name, kind, channel, addresses, url, secret, eventTypes, null, null, null, null);
    }

    public boolean wants(String eventType) {
        return eventTypes == null || eventTypes.isEmpty() || eventTypes.contains(eventType);
    }

    /** Told at once (else: in the digest). */
    public boolean immediate(String eventType) {
        return immediateEventTypes == null ? DEFAULT_IMMEDIATE.contains(eventType)
                : immediateEventTypes.contains(eventType);
    }

    /** The channels of immediate messages. */
    public List<Channel> immediateVia() {
        return immediateChannels == null ? List.of(channel) : immediateChannels;
    }

    /** The channels of the digest; empty: the audience gets no digest (and nothing is kept for one). */
    public List<Channel> digestVia() {
        return digestChannels == null ? List.of(channel) : digestChannels;
    }

    /** Its cadence, or the plan's default. */
    public DigestCadence cadence(DigestCadence planDefault) {
        return digestCadence != null ? digestCadence : planDefault;
    }
}
