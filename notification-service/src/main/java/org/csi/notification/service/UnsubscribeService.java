package org.csi.notification.service;

import java.time.Instant;
import java.util.UUID;

import org.csi.notification.domain.AudienceOptOut;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Leaving an audience through the signed link of an e-mail. The token is the only credential (the link is public): it
 * names the initiative, the audience and the recipient, and only this service can sign one.
 */
@ApplicationScoped
@Transactional
public class UnsubscribeService {

    private final UnsubscribeTokens tokens;

    UnsubscribeService(UnsubscribeTokens tokens) {
        this.tokens = tokens;
    }

    /** Who the link is for, and whether they already left. */
    public Membership preview(String token) {
        UnsubscribeTokens.Claims claims = tokens.verify(token);
        AudienceOptOut left = AudienceOptOut.findById(key(claims));
        return Membership.of(claims, left == null ? null : left.leftAt);
    }

    /** Takes the recipient out of the audience; leaving twice changes nothing. */
    public Membership leave(String token) {
        UnsubscribeTokens.Claims claims = tokens.verify(token);
        AudienceOptOut left = AudienceOptOut.findById(key(claims));
        if (left == null) {
            left = new AudienceOptOut();
            left.initiativeId = claims.initiativeId();
            left.audience = claims.audience();
            left.recipient = claims.recipient();
            left.leftAt = Instant.now();
            left.persist();
        }
        return Membership.of(claims, left.leftAt);
    }

    private static AudienceOptOut.Key key(UnsubscribeTokens.Claims claims) {
        AudienceOptOut.Key key = new AudienceOptOut.Key();
        key.initiativeId = claims.initiativeId();
        key.audience = claims.audience();
        key.recipient = claims.recipient();
        return key;
    }

    /** A recipient's place in an audience; {@code leftAt} null while they are in it. */
    public record Membership(UUID initiativeId, String audience, String recipient, Instant leftAt) {
        static Membership of(UnsubscribeTokens.Claims claims, Instant leftAt) {
            return new Membership(claims.initiativeId(), claims.audience(), claims.recipient(), leftAt);
        }
    }
}
