package org.csi.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csi.events.CsiContract;
import org.csi.events.CsiEventType;
import org.csi.events.CsiSources;
import org.csi.stack.Ports;
import org.csi.stack.ServiceProcess;
import org.csi.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;

/**
 * The digest job with a real scheduler across two instances: two notification-service processes on one database and
 * broker, each scanning every second with digest periods of 4 s ({@code csi.digest.period-override}). Events that are
 * not told at once arrive for about 20 s; every audience gets exactly one digest per period that had events (each
 * claimed by a unique digest_run row, whichever instance scanned first), and every event is in exactly one digest.
 */
@ExtendWith(DigestIT.TwoNotificationInstances.class)
class DigestIT {

    private static final Duration PERIOD = Duration.ofSeconds(4);
    private static final int EVENTS = 20;
    private static final Pattern DIGEST = Pattern.compile("- (\\d+) updates? \\(period (\\S+)\\)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneDigestPerAudiencePerPeriodAcrossTwoInstances() throws Exception {
        Suite suite = TwoNotificationInstances.suite;
        UUID initiativeId = UUID.randomUUID();
        String tag = initiativeId.toString().substring(0, 8);
        String mailAudience = "mail-" + tag;
        String feedAudience = "feed-" + tag;
        String recipient = "digest-" + tag + "@example.org";
        given().baseUri(suite.url("notification-service")).contentType(ContentType.JSON).body("""
                {"audiences": [
                  {"name": "%s", "kind": "MANAGEMENT", "channel": "EMAIL", "addresses": ["%s"]},
                  {"name": "%s", "kind": "STAFF", "channel": "FEED"}]}""".formatted(mailAudience, recipient,
                feedAudience))
                .put("/api/v1/initiatives/" + initiativeId + "/communication-plan").then().statusCode(201);

        // 20 events that go into digests, one every second: about five periods
        for (int i = 0; i < EVENTS; i++) {
            publish(suite, CsiEventType.OBJECTIVE_SET, initiativeId);
            Thread.sleep(1000);
        }

        // every event digested once, for each audience
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                digested(suite, initiativeId, feedAudience).values().stream().mapToInt(Integer::intValue).sum() >= EVENTS
                && mailDigests(suite, recipient).size() == digested(suite, initiativeId, mailAudience).size()
                && digested(suite, initiativeId, mailAudience).values().stream().mapToInt(Integer::intValue).sum()
                        >= EVENTS);
        Thread.sleep(3 * PERIOD.toMillis()); // later scans of both instances must add nothing

        Map<String, List<String>> subjects = new TreeMap<>();
        for (String audience : List.of(mailAudience, feedAudience)) {
            subjects.put(audience, digestSubjects(suite, initiativeId, audience));
        }
        List<String> mails = mailDigests(suite, recipient);
        int duplicates = 0;
        for (List<String> list : List.of(subjects.get(mailAudience), subjects.get(feedAudience), mails)) {
            duplicates += list.size() - (int) list.stream().map(DigestIT::period).distinct().count();
        }
        Map<String, Integer> byInstance = new TreeMap<>();
        for (ServiceProcess p : suite.instances) {
            byInstance.put(p.name(), claims(p, initiativeId));
        }
        int sent = subjects.values().stream().mapToInt(List::size).sum();
        System.out.printf("DigestIT: 2 instances, period %ss, %d events per audience; periods with a digest: %s=%d, "
                + "%s=%d; digests sent %d (e-mails %d), claimed per instance %s; items digested %s=%d, %s=%d; "
                + "duplicates %d%n", PERIOD.toSeconds(), EVENTS, mailAudience, subjects.get(mailAudience).size(),
                feedAudience, subjects.get(feedAudience).size(), sent, mails.size(), byInstance, mailAudience,
                items(subjects.get(mailAudience)), feedAudience, items(subjects.get(feedAudience)), duplicates);

        assertEquals(0, duplicates, "one digest per audience and period: " + subjects + " " + mails);
        assertEquals(EVENTS, items(subjects.get(mailAudience)), "every event in exactly one digest");
        assertEquals(EVENTS, items(subjects.get(feedAudience)), "every event in exactly one digest");
        assertEquals(subjects.get(mailAudience).stream().sorted().toList(), mails.stream().sorted().toList(),
                "one e-mail per digest");
        assertTrue(subjects.get(mailAudience).size() >= 3, "the events spanned several periods: " + subjects);
        assertEquals(sent, byInstance.values().stream().mapToInt(Integer::intValue).sum(),
                "the instances' logs name each digest once");
        given().baseUri(suite.url("notification-service")).queryParam("initiativeId", initiativeId)
                .queryParam("eventType", "csi.objective.set").get("/api/v1/communications").then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(0));
    }

    /**
     * A period that ends while no instance runs is still sent, once, when one is back ({@code DigestService}: the
     * period claimed starts at the oldest waiting item's). Three events are kept as digest items early in a period,
     * both instances are stopped about a second later (before that period ends), two more events are published while
     * they are down (they wait on the broker), and both come back two periods later. Every period that ended while
     * both were down and had items is sent after the restart, the two later events go into a later digest, each
     * event once, and the empty periods in between send nothing.
     */
    @Test
    void aPeriodMissedWhileBothInstancesWereDownIsSentOnceAfterTheRestart() throws Exception {
        Suite suite = TwoNotificationInstances.suite;
        UUID initiativeId = UUID.randomUUID();
        String tag = initiativeId.toString().substring(0, 8);
        String audience = "missed-" + tag;
        String recipient = "missed-" + tag + "@example.org";
        given().baseUri(suite.url("notification-service")).contentType(ContentType.JSON).body("""
                {"audiences": [{"name": "%s", "kind": "MANAGEMENT", "channel": "EMAIL", "addresses": ["%s"]}]}"""
                .formatted(audience, recipient))
                .put("/api/v1/initiatives/" + initiativeId + "/communication-plan").then().statusCode(201);

        // early in a period (periods of 4 s counted from the epoch): three events, kept as items of that period
        long periodMillis = PERIOD.toMillis();
        Thread.sleep(periodMillis - System.currentTimeMillis() % periodMillis + 200);
        for (int i = 0; i < 3; i++) {
            publish(suite, CsiEventType.OBJECTIVE_SET, initiativeId);
        }
        Thread.sleep(1000);

        // both instances stop; two more events arrive while they are down; both come back two periods later
        Instant stopping = Instant.now();
        suite.instances.parallelStream().forEach(ServiceProcess::stop);
        for (int i = 0; i < 2; i++) {
            publish(suite, CsiEventType.OBJECTIVE_SET, initiativeId);
        }
        Thread.sleep(2 * periodMillis);
        Instant restarting = Instant.now();
        suite.instances.forEach(ServiceProcess::restart);
        ProcessSuite.awaitReady(suite.instances, Duration.ofSeconds(240));
        Instant ready = Instant.now();

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                items(digestSubjects(suite, initiativeId, audience)) >= 5
                && mailDigests(suite, recipient).size() == digestSubjects(suite, initiativeId, audience).size());
        Thread.sleep(3 * periodMillis); // later scans of both instances must add nothing

        List<String> subjects = digestSubjects(suite, initiativeId, audience);
        List<String> mails = mailDigests(suite, recipient);
        List<DigestMade> made = digestsMade(suite, initiativeId, audience);
        List<DigestMade> missed = made.stream().filter(d -> d.period().plus(PERIOD).isAfter(stopping)
                && !d.period().plus(PERIOD).isAfter(restarting)).toList();
        System.out.printf("DigestIT missed period: both instances down from %s to %s (ready again %s, %d ms later); "
                + "digests (period, items, created) %s; periods that ended while both were down %d with %d items; "
                + "e-mails %d%n", stopping, restarting, ready, Duration.between(restarting, ready).toMillis(), made,
                missed.size(), missed.stream().mapToInt(DigestMade::items).sum(), mails.size());

        assertEquals(made.size(), made.stream().map(DigestMade::period).distinct().count(),
                "one digest per period: " + made);
        assertEquals(5, made.stream().mapToInt(DigestMade::items).sum(), "every event in exactly one digest: " + made);
        assertTrue(made.stream().allMatch(d -> d.items() > 0), "no digest for a period without events: " + made);
        assertTrue(!missed.isEmpty(), "items were kept in a period that ended while both instances were down: " + made);
        assertTrue(missed.stream().allMatch(d -> d.createdAt().isAfter(restarting)),
                "each missed period was sent after the restart: " + missed);
        assertEquals(subjects.stream().sorted().toList(), mails.stream().sorted().toList(), "one e-mail per digest");
    }

    /** One digest communication: the start of its period, its items, and when it was made. */
    private record DigestMade(Instant period, int items, Instant createdAt) {
    }

    private static List<DigestMade> digestsMade(Suite suite, UUID initiativeId, String audience) {
        List<Map<String, Object>> items = given().baseUri(suite.url("notification-service"))
                .queryParam("initiativeId", initiativeId).queryParam("eventType", "csi.digest")
                .queryParam("audience", audience).queryParam("size", 200).get("/api/v1/communications").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return items.stream().map(i -> new DigestMade(Instant.parse(period((String) i.get("subject"))),
                count((String) i.get("subject")), java.time.OffsetDateTime.parse((String) i.get("createdAt"))
                        .toInstant())).sorted(java.util.Comparator.comparing(DigestMade::period)).toList();
    }

    private static void publish(Suite suite, CsiEventType type, UUID initiativeId) throws IOException {
        ObjectNode data = (ObjectNode) JSON.readTree(CsiContract.example(type));
        data.put("initiativeId", initiativeId.toString());
        data.put("objectiveId", UUID.randomUUID().toString());
        TopicProbe.publish(suite.stack().bootstrapServers(), type.topic(), initiativeId.toString(),
                UUID.randomUUID().toString(), type.type(), CsiSources.INITIATIVE_SERVICE, initiativeId.toString(),
                type.dataSchema(), JSON.writeValueAsString(data));
    }

    /** The digest communications of an audience: subject per period. */
    private static List<String> digestSubjects(Suite suite, UUID initiativeId, String audience) {
        return given().baseUri(suite.url("notification-service")).queryParam("initiativeId", initiativeId)
                .queryParam("eventType", "csi.digest").queryParam("audience", audience).queryParam("size", 200)
                .get("/api/v1/communications").then().statusCode(200).extract().jsonPath().getList("items.subject");
    }

    private static Map<String, Integer> digested(Suite suite, UUID initiativeId, String audience) {
        Map<String, Integer> perPeriod = new TreeMap<>();
        for (String subject : digestSubjects(suite, initiativeId, audience)) {
            perPeriod.merge(period(subject), count(subject), Integer::sum);
        }
        return perPeriod;
    }

    private static List<String> mailDigests(Suite suite, String recipient) {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : suite.mail().getReceivedMessages()) {
            try {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))
                        && m.getSubject().contains(" digest: ")) {
                    subjects.add(m.getSubject());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    private static String period(String subject) {
        Matcher m = DIGEST.matcher(subject);
        return m.find() ? m.group(2) : subject;
    }

    private static int count(String subject) {
        Matcher m = DIGEST.matcher(subject);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static int items(List<String> subjects) {
        return subjects.stream().mapToInt(DigestIT::count).sum();
    }

    /** Digests of the initiative this instance claimed and sent, as its log says. */
    private static int claims(ServiceProcess p, UUID initiativeId) {
        try (var lines = Files.lines(p.logFile())) {
            return (int) lines.filter(l -> l.contains("DigestScheduler") && l.contains("item(s) for audience")
                    && l.contains("of initiative " + initiativeId)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two notification-service processes with digest periods of 4 s, and the stack and mail server they share. */
    static final class TwoNotificationInstances implements BeforeAllCallback {

        static volatile Suite suite;

        @Override
        public void beforeAll(ExtensionContext context) {
            suite = ProcessSuite.once(context, Suite.class, Suite::new);
        }
    }

    static final class Suite extends ProcessSuite {

        final List<ServiceProcess> instances = new ArrayList<>();

        Suite() {
            super("digest", directory -> org.csi.stack.CsiStack.start(directory,
                    org.csi.stack.CsiStack.Options.forTests()));
            for (int i = 1; i <= 2; i++) {
                Map<String, String> config = new java.util.LinkedHashMap<>(
                        SystemTestSettings.forService(stack, "notification-service", keys, mail));
                config.put("csi.digest.period-override", "PT" + PERIOD.toSeconds() + "S");
                config.put("csi.digest.scan-interval", "1s");
                config.put("csi.digest.initial-delay", "1s");
                config.put("csi.digest.instance-name", "notification-service-" + i);
                config.put("csi.unsubscribe.key", "digest-it-unsubscribe-key-0123456789abcdef");
                instances.add(ServiceProcess.start("notification-service-" + i,
                        ServiceProcess.jarOf(root, "notification-service"), Ports.free(), config,
                        logs.resolve("notification-service-" + i + ".log")));
            }
            awaitReady(instances, Duration.ofSeconds(240));
        }

        /** The instances in turn. */
        private int next;

        @Override
        public synchronized String url(String service) {
            return instances.get(next++ % instances.size()).baseUrl();
        }

        @Override
        Collection<ServiceProcess> processes() {
            return instances;
        }
    }
}
