package org.csi.sip;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A trigger that lacks what a draft needs goes to csi.deadletter.sip-service with its reason and drafts nothing. */
@QuarkusTest
@CsiStackTest("sip-service")
@AsAdmin
class DeadLetterTest {

    @InjectCsiStack
    CsiStack stack;

    @Test
    void incompleteTriggersAreDeadLetteredAndTheNextGoodOneIsStillDrafted() {
        String deadLetters = CsiTopics.deadLetter("sip-service");
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), deadLetters)) {
            // No kpiKey: the payload breaks its schema.
            UUID noKpi = UUID.randomUUID();
            String noKpiId = UUID.randomUUID().toString();
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, noKpi.toString(), noKpiId,
                    UUID.randomUUID().toString(), Triggers.targetMissed(noKpi, UUID.randomUUID(), UUID.randomUUID(), "6.5")
                            .replace("\"kpiKey\": \"incident.mttr.hours\",", ""));
            // Valid by schema, but the actual value meets the target: nothing to plan for.
            UUID noGap = UUID.randomUUID();
            String noGapId = UUID.randomUUID().toString();
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, noGap.toString(), noGapId,
                    UUID.randomUUID().toString(), Triggers.targetMissed(noGap, UUID.randomUUID(), UUID.randomUUID(), "3"));
            // A gap that does not say which process is short.
            String noProcessId = UUID.randomUUID().toString();
            UUID gap = UUID.randomUUID();
            Triggers.publish(stack.bootstrapServers(), CsiEventType.GAP_IDENTIFIED, "email", noProcessId,
                    gap.toString(), Triggers.maturityGap(gap).replace("\"Problem Management\"", "null"));
            // The next good event is still processed.
            UUID good = UUID.randomUUID();
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, good.toString(),
                    UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    Triggers.targetMissed(good, UUID.randomUUID(), UUID.randomUUID(), "6.5"));

            List<ConsumerRecord<String, String>> parked = probe.await(r -> true, 3, Duration.ofSeconds(60));
            assertReason(parked, noKpiId, "kpiKey");
            assertReason(parked, noGapId, "meets it");
            assertReason(parked, noProcessId, "process");

            await().atMost(Duration.ofSeconds(60)).until(() -> SipDraftingTest.sipsOfInitiative(good)
                    .getInt("totalItems") == 1);
            assertEquals(0, SipDraftingTest.sipsOfInitiative(noKpi).getInt("totalItems"), "no half-empty SIP");
            assertEquals(0, SipDraftingTest.sipsOfInitiative(noGap).getInt("totalItems"), "no SIP without a gap");
        }
    }

    private static void assertReason(List<ConsumerRecord<String, String>> parked, String ceId, String mentions) {
        ConsumerRecord<String, String> record = parked.stream()
                .filter(r -> ceId.equals(TopicProbe.header(r, "ce_id"))).findFirst()
                .orElseThrow(() -> new AssertionError("event " + ceId + " is not on the dead-letter topic"));
        String reason = TopicProbe.header(record, "dead-letter-reason");
        assertNotNull(reason, "dead-letter-reason header");
        assertTrue(reason.contains(mentions), "reason names what is missing: " + reason);
    }
}
