package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.Stakeholder;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.InitiativeProjection;
import org.junit.jupiter.api.Test;

/**
 * An initiative without a plan tells its owner and stakeholders by e-mail (before it is known: the event's owner), and
 * falls back to the feed when nobody has an address.
 */
class DefaultPlanTest {

    private static InitiativeProjection initiative(String owner, Stakeholder... stakeholders) {
        InitiativeProjection p = new InitiativeProjection();
        p.apply(new InitiativeDetails(UUID.randomUUID(), "T", null, List.of(), null, null, null, null, owner,
                List.of(stakeholders), null, 1, "ACTIVE", 1));
        return p;
    }

    private static Audience only(List<Audience> audiences) {
        assertEquals(1, audiences.size());
        Audience a = audiences.get(0);
        assertEquals(PlanService.DEFAULT_AUDIENCE, a.name());
        assertEquals(AudienceKind.STAKEHOLDERS, a.kind());
        assertEquals(List.of(), a.eventTypes(), "every event type");
        return a;
    }

    @Test
    void theOwnerAndStakeholdersWithAnAddressOnceEach() {
        Audience a = only(PlanService.defaultAudiences(initiative("owner@example.com",
                new Stakeholder("Ann", "ann@example.com", null), new Stakeholder("Bob", "not an address", null),
                new Stakeholder("Owner again", "owner@example.com", null), new Stakeholder("Cy", null, null)),
                "event-owner@example.com"));

        assertEquals(Channel.EMAIL, a.channel());
        assertEquals(List.of("owner@example.com", "ann@example.com"), a.addresses());
    }

    @Test
    void beforeTheInitiativeIsKnownTheEventsOwner() {
        assertEquals(List.of("event-owner@example.com"),
                only(PlanService.defaultAudiences(null, "event-owner@example.com")).addresses());
    }

    @Test
    void nobodyWithAnAddressMeansTheFeed() {
        assertEquals(Channel.FEED, only(PlanService.defaultAudiences(initiative("Jane Doe"), null)).channel());
        assertEquals(Channel.FEED, only(PlanService.defaultAudiences(null, null)).channel());
        assertEquals(Channel.FEED, only(PlanService.defaultAudiences(null, 42)).channel());
    }
}
