package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.notification.domain.DigestCadence;
import org.csi.notification.domain.DigestItem;
import org.junit.jupiter.api.Test;

class DigestComposeTest {

    private static DigestItem item(String subject, String approach) {
        return DigestItem.of(UUID.randomUUID(), "desk", UUID.randomUUID().toString(), "csi.objective.set", subject,
                "services of " + subject, "people of " + subject, approach, Instant.now());
    }

    @Test
    void periodsAreUtcDaysIsoWeeksOrTheOverride() {
        Instant wednesday = Instant.parse("2026-12-02T15:30:00Z");
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), DigestCadence.DAILY.periodStart(wednesday));
        assertEquals(Instant.parse("2026-11-30T00:00:00Z"), DigestCadence.WEEKLY.periodStart(wednesday));
        assertEquals(Instant.parse("2026-12-02T15:29:50Z"),
                DigestCadence.fixedPeriodStart(Instant.parse("2026-12-02T15:29:59Z"), Duration.ofSeconds(10)));
    }

    @Test
    void aDigestHasTheThreeSectionsWithEachItemAndASharedApproachOnce() {
        ComposedMessage digest = DigestService.compose(null, DigestCadence.WEEKLY,
                Instant.parse("2026-11-30T00:00:00Z"), List.of(item("Objective A", "Same approach"),
                        item("Objective B", "Same approach")));
        assertEquals("CSI weekly digest: an improvement initiative - 2 updates (period 2026-11-30T00:00:00Z)",
                digest.subject());
        assertTrue(digest.serviceImplications().contains("* Objective A\n  services of Objective A"));
        assertTrue(digest.personnelImpact().contains("* Objective B\n  people of Objective B"));
        assertEquals("Same approach", digest.approach());
        String text = digest.asText();
        assertTrue(text.contains("Service implications\n") && text.contains("Impact on personnel\n")
                && text.contains("Approach\n"), text);
    }
}
