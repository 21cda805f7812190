package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.events.payload.TargetRegressed;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;

/** csi.target.regressed has its own wording: what slid back, since when, and the REGRESSION SIP that follows. */
class RegressedMessageTest {

    private final MessageComposer composer = new MessageComposer(Engine.builder().addDefaults().build(),
            Optional.empty());

    @Test
    void aRegressionIsWordedWithTheSlideAndTheEarlierPlan() {
        UUID earlier = UUID.fromString("d5f7a9b1-3c5e-4d7f-a1b3-c5d7e9f1a2b4");
        TargetRegressed regressed = new TargetRegressed(UUID.randomUUID(), "Stabilise e-mail", 1,
                List.of("SERVICE_QUALITY"), "maria.keller@example.com", UUID.randomUUID(), "Restore within 4 hours",
                "incident.mttr.hours", "email", "hours", new BigDecimal("8"), new BigDecimal("4"), "LOWER_IS_BETTER",
                new BigDecimal("0.5"), Instant.parse("2027-06-30T14:00:00Z"), "ACHIEVED", earlier, 1,
                "CONSECUTIVE_VALUES", 3, 3, null, Instant.parse("2027-08-04T08:00:00Z"), new BigDecimal("5.2"),
                Instant.parse("2027-08-18T08:00:00Z"), UUID.randomUUID(), Instant.parse("2027-08-18T08:00:03Z"));

        ComposedMessage m = composer.compose("csi.target.regressed", regressed, null,
                new Audience("initiative-stakeholders", AudienceKind.STAKEHOLDERS, Channel.FEED, List.of(), null, null,
                        List.of()));

        assertEquals("Target regressed: Restore within 4 hours (email)", m.subject());
        assertTrue(m.serviceImplications().contains("3 values in a row outside the tolerance since 2027-08-04T08:00:00Z"),
                m.serviceImplications());
        assertTrue(m.serviceImplications().contains("the latest 5.2 hours"), m.serviceImplications());
        assertTrue(m.personnelImpact().contains("REGRESSION"), m.personnelImpact());
        assertTrue(m.personnelImpact().contains(earlier.toString()), m.personnelImpact());
        assertTrue(m.approach().contains("once per regression"), m.approach());
    }
}
