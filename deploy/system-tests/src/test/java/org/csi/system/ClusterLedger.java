package org.csi.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.testkit.TopicProbe;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;

/**
 * What the cluster tests put in, and the check that everything came out exactly once. Each initiative has a
 * communication plan that tells an e-mail audience and a feed audience about every missed target and every drafted
 * SIP; every review misses every objective. So for each initiative, after all consumers caught up: one target.missed
 * per objective and review, one SIP per objective, and per audience one communication (and one e-mail) per missed
 * target and per SIP.
 */
final class ClusterLedger {

    static final String[] TOLD = {"csi.target.missed", "csi.sip.drafted"};
    /** The consumer groups that carry what the ledger counts, and the topics each reads. */
    private static final Map<String, List<String>> CONSUMED = Map.of(
            "initiative-service", List.of(CsiTopics.ASSESSMENTS, CsiTopics.SIPS),
            "sip-service", List.of(CsiTopics.INITIATIVES, CsiTopics.ASSESSMENTS),
            "notification-service", List.of(CsiTopics.INITIATIVES, CsiTopics.SIPS));

    /** initiative id -> what went in for it */
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final CsiApi api;
    private final ClusterSuite.Cluster cluster;
    /** E-mails received a second time under the same Message-ID (see {@link #mailsTo}). */
    private long mailCopies;

    ClusterLedger(ClusterSuite.Cluster cluster) {
        this.cluster = cluster;
        this.api = new CsiApi(cluster);
    }

    CsiApi api() {
        return api;
    }

    /** An initiative with its communication plan and objectives, each objective missed by any MTTR above 4.5 h. */
    Entry open(String prefix, int objectives) {
        String service = CsiApi.uniqueService(prefix);
        String initiative = api.createInitiative(service, "Scale out: " + service);
        api.plan(initiative, List.of("mail-" + service + ":EMAIL", "desk-" + service + ":FEED"), TOLD);
        Set<String> ids = IntStream.range(0, objectives)
                .mapToObj(i -> api.setMttrObjective(initiative, service, "Restore within 4 hours, site " + i))
                .collect(Collectors.toSet());
        Entry entry = new Entry(service, initiative, ids, new AtomicInteger());
        entries.put(initiative, entry);
        return entry;
    }

    /** One initiative's inputs; {@code reviews} counts the reviews that missed every objective. */
    record Entry(String service, String initiative, Set<String> objectives, AtomicInteger reviews) {

        int misses() {
            return objectives.size() * reviews.get();
        }

        String mailbox() {
            return "mail-" + service + "@example.com";
        }
    }

    /**
     * Waits until every consumer group has consumed everything and every communication is delivered, then checks
     * every count exactly. Prints the figures under {@code label}.
     */
    void assertExactlyOnce(String label) throws MessagingException {
        String bootstrap = cluster.stack().bootstrapServers();
        int misses = entries.values().stream().mapToInt(Entry::misses).sum();
        int objectives = entries.values().stream().mapToInt(e -> e.objectives().size()).sum();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() ->
                KafkaGroups.consumedAll(bootstrap, CONSUMED)
                        && entries.values().stream().allMatch(e ->
                                api.communications(e.initiative(), "csi.target.missed", "DELIVERED") >= 2L * e.misses()
                                        && api.communications(e.initiative(), "csi.sip.drafted", "DELIVERED")
                                                >= 2L * e.objectives().size()));
        try (TopicProbe broker = TopicProbe.fromBeginning(bootstrap, CsiTopics.INITIATIVES, CsiTopics.SIPS)) {
            List<ConsumerRecord<String, String>> seen = broker.drain(r -> entries.containsKey(r.key()),
                    Duration.ofSeconds(3));
            int missedEvents = 0;
            int draftedEvents = 0;
            long sips = 0;
            long told = 0;
            long mails = 0;
            for (Entry e : entries.values()) {
                int missed = CsiApi.eventIds(seen, "csi.target.missed", e.initiative()).size();
                int drafted = CsiApi.eventIds(seen, "csi.sip.drafted", e.initiative()).size();
                List<Map<String, Object>> drafts = api.sips(e.initiative());
                Map<String, Long> perObjective = drafts.stream()
                        .collect(Collectors.groupingBy(s -> String.valueOf(s.get("objectiveId")), Collectors.counting()));
                long missedTold = api.communications(e.initiative(), "csi.target.missed", "DELIVERED");
                long draftedTold = api.communications(e.initiative(), "csi.sip.drafted", "DELIVERED");
                long mailed = mailsTo(e.mailbox());
                assertEquals(e.misses(), missed, "one target.missed per objective and review of " + e.initiative());
                assertEquals(e.objectives(), perObjective.keySet(), "every objective has its SIP");
                assertTrue(perObjective.values().stream().allMatch(n -> n == 1), "and only one: " + perObjective);
                assertEquals(e.objectives().size(), drafted, "each SIP announced once");
                assertEquals(2L * e.misses(), missedTold, "each miss told each audience once");
                assertEquals(2L * e.objectives().size(), draftedTold, "each SIP told each audience once");
                assertEquals((long) e.misses() + e.objectives().size(), mailed,
                        "one e-mail (Message-ID) per miss and per SIP");
                for (String type : TOLD) {
                    assertEquals(0, api.communications(e.initiative(), type, "PENDING")
                            + api.communications(e.initiative(), type, "FAILED"), "nothing pending or failed");
                }
                missedEvents += missed;
                draftedEvents += drafted;
                sips += drafts.size();
                told += missedTold + draftedTold;
                mails += mailed;
            }
            System.out.printf("[figures] %s: %d initiatives, %d objectives, %d misses in; %d target.missed, %d SIPs "
                    + "(%d sip.drafted), %d communications delivered, %d e-mails received (%d copies under the same "
                    + "Message-ID)%n", label, entries.size(), objectives, misses, missedEvents, sips, draftedEvents,
                    told, mails, mailCopies);
        }
    }

    /**
     * E-mails to the address, told apart by Message-ID: an instance killed after the SMTP server took a message but
     * before it marked the delivery sent sends it again under the same Message-ID, a copy the recipient's mail system
     * recognises (SMTP cannot join the delivery's transaction). Copies are counted in {@link #mailCopies}.
     */
    private long mailsTo(String address) throws MessagingException {
        java.util.Map<String, Integer> byMessageId = new java.util.HashMap<>();
        for (var message : cluster.mail().getReceivedMessages()) {
            for (Address recipient : message.getAllRecipients()) {
                if (recipient.toString().equals(address)) {
                    byMessageId.merge(message.getMessageID(), 1, Integer::sum);
                }
            }
        }
        mailCopies += byMessageId.values().stream().mapToInt(n -> n - 1).sum();
        return byMessageId.size();
    }
}
