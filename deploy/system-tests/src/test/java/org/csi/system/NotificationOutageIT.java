package org.csi.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.ServiceProcess;
import org.csi.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;

/**
 * Fault: notification-service is down while a checkpoint misses targets and SIPs are drafted; the events pile up on
 * the broker. When it starts again it catches up from its committed offsets: every audience is told of every event
 * exactly once, by e-mail (read back from the SMTP server) and on the feed.
 */
@ExtendWith(RunningSuite.class)
class NotificationOutageIT {

    private static final int OBJECTIVES = 10;
    private static final String[] WANTED = {"csi.target.missed", "csi.sip.drafted"};

    private final RunningSuite.Suite suite = RunningSuite.get();
    private final CsiApi api = new CsiApi(suite);
    private final String service = CsiApi.uniqueService("backlog");

    @Test
    void eventsThatPiledUpWhileItWasDownAreEachCommunicatedOnce() throws Exception {
        String mailbox = "owners-" + service;
        String initiative = api.createInitiative(service, "Tell everyone after an outage");
        api.plan(initiative, List.of(mailbox + ":EMAIL", "desk-" + service + ":FEED"), WANTED);
        List<String> objectives = IntStream.range(0, OBJECTIVES)
                .mapToObj(i -> api.setMttrObjective(initiative, service, "Restore within 4 hours, site " + i)).toList();

        ServiceProcess notifications = suite.service("notification-service");
        notifications.stop();
        api.recordMttr(service, 7, Instant.now(), "backlog-1");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.projectedMttr(service) != null);
        Map<String, String> review = api.reviewNow(initiative);
        assertTrue(review.keySet().containsAll(objectives) && review.values().stream().allMatch("MISSED"::equals));

        String bootstrap = suite.stack().bootstrapServers();
        try (TopicProbe broker = TopicProbe.fromBeginning(bootstrap, CsiTopics.INITIATIVES, CsiTopics.SIPS,
                CsiTopics.COMMUNICATIONS)) {
            CsiApi.awaitEvents(broker, "csi.target.missed", initiative, OBJECTIVES);
            CsiApi.awaitEvents(broker, "csi.sip.drafted", initiative, OBJECTIVES);
            long piledUp = KafkaGroups.lag(bootstrap, "notification-service", CsiTopics.INITIATIVES)
                    + KafkaGroups.lag(bootstrap, "notification-service", CsiTopics.SIPS);

            notifications.restart();
            assertTrue(notifications.awaitReady(Duration.ofSeconds(120)), "restarted; see " + notifications.logFile());
            int expected = 2 * OBJECTIVES; // per event type: one e-mail and one feed entry for each objective
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                    KafkaGroups.consumedAll(bootstrap, "notification-service", CsiTopics.INITIATIVES, CsiTopics.SIPS)
                            && Arrays.stream(WANTED).allMatch(t -> api.communications(initiative, t, "DELIVERED") >= expected));
            CsiApi.awaitEvents(broker, "csi.communication.sent", initiative, 2 * expected);
            List<ConsumerRecord<String, String>> seen = broker.drain(r -> true, Duration.ofSeconds(3));

            long missedDelivered = api.communications(initiative, "csi.target.missed", "DELIVERED");
            long draftedDelivered = api.communications(initiative, "csi.sip.drafted", "DELIVERED");
            long mails = mailsTo(mailbox + "@example.com");
            long sent = Arrays.stream(WANTED).mapToLong(t -> CsiApi.eventIds(seen, "csi.communication.sent",
                    initiative, "\"sourceEventType\":\"" + t + "\"").size()).sum();
            System.out.printf("[figures] notification-service down: %d target.missed + %d sip.drafted piled up"
                    + " (%d records of lag); after restart %d + %d communications delivered, %d e-mails received,"
                    + " %d communication.sent%n",
                    CsiApi.eventIds(seen, "csi.target.missed", initiative).size(),
                    CsiApi.eventIds(seen, "csi.sip.drafted", initiative).size(), piledUp, missedDelivered,
                    draftedDelivered, mails, sent);

            assertEquals(expected, missedDelivered, "each target.missed told each audience once");
            assertEquals(expected, draftedDelivered, "each sip.drafted told each audience once");
            assertEquals(expected, mails, "one e-mail per event to the process owners");
            assertEquals(2L * expected, sent, "one csi.communication.sent per communication");
            for (String type : WANTED) {
                assertEquals(0, api.communications(initiative, type, "PENDING") + api.communications(initiative, type,
                        "FAILED"), "nothing left pending or failed for " + type);
            }
        }
    }

    private long mailsTo(String address) throws MessagingException {
        long count = 0;
        for (var message : suite.mail().getReceivedMessages()) {
            for (Address recipient : message.getAllRecipients()) {
                if (recipient.toString().equals(address)) {
                    count++;
                }
            }
        }
        return count;
    }
}
