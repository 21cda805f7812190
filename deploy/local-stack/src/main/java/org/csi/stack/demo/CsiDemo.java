package org.csi.stack.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.csi.events.CsiEventType;
import org.csi.events.CsiService;
import org.csi.stack.LocalStackMain;
import org.csi.stack.security.JwtKeys;
import org.csi.stack.security.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ./csi demo}: one turn of the CSI model against the suite {@code ./csi up} started, through the public APIs
 * only, printing what is sent, what comes back and which events flow on Kafka, so a new user sees the model at work.
 *
 * <p>Each step names the events its requests cause (directly or through the services reacting to each other, e.g. a
 * review's {@code target.missed} -> {@code sip.drafted} -> {@code communication.sent}) and waits for them, then for the
 * topics to be quiet for {@link #QUIET}, before the next step begins; so every event is printed under the step that
 * caused it. A step that does not see an expected event within {@link #PATIENCE} says so and goes on.
 */
public final class CsiDemo {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String initiatives = url("CSI_INITIATIVE_URL", 8081);
    private final String assessments = url("CSI_ASSESSMENT_URL", 8082);
    private final String sips = url("CSI_SIP_URL", 8083);
    private final String notifications = url("CSI_NOTIFICATION_URL", 8084);
    private final String token;
    /** The people of the demo: the CSI manager who reviews and carries the plan, the CIO who approves it. */
    private final String maria;
    private final String cio;
    private final String analyst;
    /** The "ITSM tool": a csi-integration client whose sourceSystem is its client id (sub demo-itsm). */
    private final String itsmToken;
    private final String service = "email-demo-" + UUID.randomUUID().toString().substring(0, 6);
    private final AtomicInteger events = new AtomicInteger();
    /** What the watcher read from the CSI topics and the current step has not printed yet. */
    private final BlockingQueue<ConsumerRecord<String, String>> arrived = new LinkedBlockingQueue<>();
    /** Counted down once the watcher sits at the end of every partition: later events are all the demo's. */
    private final CountDownLatch watching = new CountDownLatch(1);

    /** How long a step waits for the events it expects. */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long the topics stay silent after a step's expected events before the next step starts. */
    static final Duration QUIET = Duration.ofMillis(1_500);

    private CsiDemo(java.security.PrivateKey key) {
        this.token = person(key, "csi-demo", "csi-admin");
        this.maria = person(key, "maria.keller@example.com", "csi-manager");
        this.cio = person(key, "cio@example.com", "csi-manager");
        this.analyst = person(key, "csi-team@example.com", "csi-analyst");
        this.itsmToken = person(key, "demo-itsm", "csi-integration");
    }

    /** Who acts is the token's subject: the suite records it, and four-eyes needs a second person to approve. */
    private static String person(java.security.PrivateKey key, String subject, String role) {
        return Tokens.issue(key, LocalStackMain.LOCAL_ISSUER, subject, List.of(role), Duration.ofHours(1));
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getenv().getOrDefault("CSI_HOME", ".csi"));
        new CsiDemo(JwtKeys.in(home.resolve("jwt")).privateKey())
                .run(System.getenv().getOrDefault("CSI_KAFKA", "localhost:9092"));
    }

    private void run(String bootstrap) throws Exception {
        Thread watcher = new Thread(() -> watch(bootstrap), "demo-events");
        watcher.setDaemon(true);
        watcher.start();
        if (!watching.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Cannot follow the CSI topics on " + bootstrap);
        }

        step("What is the vision?  Create an improvement initiative");
        JsonNode initiative = call("POST", initiatives + "/api/v1/initiatives", json("""
                {"title": "Stabilise Service Operation for E-Mail",
                 "vision": "E-mail incidents are restored within 4 hours and users trust the service again.",
                 "focusAreas": ["SERVICE_QUALITY", "CUSTOMER_SATISFACTION"],
                 "approach": "Formalise incident management; introduce a major-incident procedure.",
                 "lifecyclePhase": "SERVICE_OPERATION", "services": ["%s"], "processes": ["Incident Management"],
                 "owner": "maria.keller@example.com",
                 "stakeholders": [{"name": "Service Desk", "email": "servicedesk@example.com", "role": "STAFF"}],
                 "reviewCadence": "P30D"}""".formatted(service)));
        String id = initiative.path("id").asText();
        show("initiative " + id + ", cycle " + initiative.path("cycle").asInt());
        events(CsiEventType.INITIATIVE_CREATED);

        step("Where are we now?  Record a maturity assessment of Incident Management");
        JsonNode maturity = call(analyst, "POST", assessments + "/api/v1/maturity-assessments", json("""
                {"process": "Incident Management", "service": "%s", "model": "ITIL_PMF", "assessmentType": "FACILITATED",
                 "assessedOn": "%s", "targetLevel": 3,
                 "levels": {"VISION_AND_STEERING": 2, "PROCESS": 2, "PEOPLE": 3, "TECHNOLOGY": 3, "CULTURE": 1},
                 "evidence": "Interviews with six service desk agents; incident records of last month."}"""
                .formatted(service, LocalDate.now())));
        show("overall maturity level " + maturity.path("overallLevel").asInt() + " (target 3), assessed by "
                + maturity.path("assessor").asText());
        // below the target level: assessment-service identifies the gap, sip-service drafts a plan for it
        events(CsiEventType.MATURITY_ASSESSED, CsiEventType.GAP_IDENTIFIED, CsiEventType.SIP_DRAFTED);

        step("Where do we want to be?  Two objectives with measurable targets");
        JsonNode mttr = call("POST", initiatives + "/api/v1/initiatives/" + id + "/objectives", json("""
                {"name": "Restore e-mail incidents within 4 hours", "kpiKey": "incident.mttr.hours", "service": "%s",
                 "unit": "hours", "baselineValue": 8, "targetValue": 4, "direction": "LOWER_IS_BETTER",
                 "tolerance": 0.5, "horizon": "SHORT_TERM", "dueDate": "%s"}"""
                .formatted(service, LocalDate.now().plusMonths(3))));
        call("POST", initiatives + "/api/v1/initiatives/" + id + "/objectives", json("""
                {"name": "Resolve most calls at first contact", "kpiKey": "servicedesk.fcr.percent", "service": "%s",
                 "unit": "percent", "baselineValue": 60, "targetValue": 70, "direction": "HIGHER_IS_BETTER",
                 "tolerance": 2, "horizon": "LONG_TERM", "dueDate": "%s"}"""
                .formatted(service, LocalDate.now().plusMonths(12))));
        show("MTTR 8 h -> 4 h (lower is better); first-contact resolution 60 % -> 70 % (higher is better)");
        events(CsiEventType.OBJECTIVE_SET, CsiEventType.OBJECTIVE_SET);

        step("An ITSM tool sends this month's measurements in bulk");
        String at = Instant.now().toString(); // measured during the cycle, so the review counts it
        JsonNode bulk = call(itsmToken, "POST", assessments + "/api/v1/measurements/bulk", json("""
                {"measurements": [
                  {"kpiKey": "incident.mttr.hours", "service": "%1$s", "value": 6.5, "unit": "hours", "measuredAt": "%2$s",
                   "sourceSystem": "demo-itsm", "sourceId": "%1$s-mttr"},
                  {"kpiKey": "servicedesk.fcr.percent", "service": "%1$s", "value": 72, "unit": "percent",
                   "measuredAt": "%2$s", "sourceSystem": "demo-itsm", "sourceId": "%1$s-fcr"}]}""".formatted(service, at)));
        show("stored: " + bulk.path("stored").asText(bulk.toString()));
        call("POST", assessments + "/api/v1/baselines", json("""
                {"name": "Before the initiative", "service": "%s", "asOf": "%s"}""".formatted(service, LocalDate.now())));
        awaitTrue("initiative-service has the measurements", () -> get(initiatives
                + "/api/v1/latest-measurements?service=" + service).path("items").size() >= 2
                || get(initiatives + "/api/v1/latest-measurements?service=" + service).size() >= 2);
        // MTTR 6.5 h against the 4 h target: assessment-service sees the KPI gap, sip-service drafts a plan for it
        events(CsiEventType.MEASUREMENT_RECORDED, CsiEventType.MEASUREMENT_RECORDED, CsiEventType.GAP_IDENTIFIED,
                CsiEventType.SIP_DRAFTED, CsiEventType.BASELINE_RECORDED);

        step("Did we get there?  Review a checkpoint");
        JsonNode checkpoint = call("POST", initiatives + "/api/v1/initiatives/" + id + "/checkpoints",
                json("{\"dueAt\": \"" + Instant.now().plusSeconds(3600) + "\", \"note\": \"Monthly review\"}"));
        JsonNode review = call(maria, "POST", initiatives + "/api/v1/initiatives/" + id + "/checkpoints/"
                + checkpoint.path("id").asText() + "/review", json("""
                {"wentWell": "First-contact resolution is above target.",
                 "wentWrong": "Restoring e-mail still takes too long at night."}"""));
        show("reviewed by " + review.path("reviewedBy").asText() + " (the caller's token, never a name in the body)");
        for (JsonNode result : review.path("results")) {
            show(result.path("objectiveName").asText() + ": " + result.path("status").asText() + " (actual "
                    + result.path("actualValue").asText() + ", target " + result.path("targetValue").asText() + ")");
        }
        // notification-service tells the stakeholders; the missed target's plan is the one drafted for the KPI gap
        events(CsiEventType.CHECKPOINT_REVIEWED, CsiEventType.TARGET_ACHIEVED, CsiEventType.TARGET_MISSED,
                CsiEventType.COMMUNICATION_SENT);

        step("How do we get there?  sip-service drafted a Service Improvement Plan for the missed target");
        JsonNode sip = awaitNode("a SIP for the initiative", () -> first(get(sips + "/api/v1/sips?initiativeId=" + id)));
        String sipId = sip.path("id").asText();
        sip = get(sips + "/api/v1/sips/" + sipId);
        show(sip.path("title").asText() + " | priority " + sip.path("priority").asText() + " | owner "
                + sip.path("owner").asText());
        for (JsonNode action : sip.path("actions")) {
            show("  proposed: " + action.path("description").asText());
        }

        step("Communication: the stakeholders were told, always with implications, personnel impact and approach");
        awaitTrue("communications about the missed target", () -> get(notifications
                + "/api/v1/communications?initiativeId=" + id).path("totalItems").asInt() >= 2);
        JsonNode told = get(notifications + "/api/v1/communications?initiativeId=" + id + "&size=50");
        for (JsonNode c : told.path("items")) {
            show(c.path("sourceEventType").asText() + " -> " + c.path("audience").asText() + " by "
                    + c.path("channel").asText() + " [" + c.path("status").asText() + "] " + c.path("subject").asText());
        }
        JsonNode sections = told.path("items").path(0).path("sections");
        show("  service implications: " + sections.path("serviceImplications").asText());
        show("  impact on personnel:  " + sections.path("personnelImpact").asText());
        show("  approach:             " + sections.path("approach").asText());

        step("People carry the plan through: maria submits, the CIO approves (four eyes), maria starts and completes");
        call(maria, "POST", sips + "/api/v1/sips/" + sipId + "/submit", json("{\"note\": \"Ready for approval\"}"));
        call(cio, "POST", sips + "/api/v1/sips/" + sipId + "/approve", json("{\"note\": \"Approved\"}"));
        call(maria, "POST", sips + "/api/v1/sips/" + sipId + "/start", json("{}"));
        for (JsonNode action : get(sips + "/api/v1/sips/" + sipId).path("actions")) {
            call("PATCH", sips + "/api/v1/sips/" + sipId + "/actions/" + action.path("id").asText(),
                    json("{\"status\": \"DONE\", \"note\": \"Done in the demo\"}"), "\"" + action.path("version").asText() + "\"");
        }
        JsonNode done = call(maria, "POST", sips + "/api/v1/sips/" + sipId + "/complete",
                json("{\"resultNote\": \"Night shift on call; MTTR falling.\"}"));
        show("SIP " + done.path("status").asText() + ", progress " + done.path("progress").asText() + ", approved by "
                + done.path("approvedBy").asText());
        for (JsonNode t : done.path("transitions")) {
            show("  " + t.path("to").asText() + " by " + t.path("by").asText());
        }
        awaitTrue("initiative-service shows the completed SIP on its objective", () -> get(initiatives
                + "/api/v1/initiatives/" + id + "/objectives/" + mttr.path("id").asText()).path("sips").toString()
                .contains("COMPLETED"));
        show("objective '" + mttr.path("name").asText() + "' now shows its SIP as COMPLETED");
        events(CsiEventType.SIP_APPROVED, CsiEventType.SIP_COMPLETED);

        step("How do we keep the momentum going?  Start cycle 2 with a re-examined vision");
        call("POST", initiatives + "/api/v1/initiatives/" + id + "/cycles", json("""
                {"vision": "E-mail incidents restored within 4 hours, day and night."}"""));
        JsonNode next = get(initiatives + "/api/v1/initiatives/" + id + "/objectives");
        for (JsonNode objective : items(next)) {
            show("cycle 2 objective: " + objective.path("name").asText() + " (carried over)");
        }
        events(CsiEventType.CYCLE_STARTED, CsiEventType.INITIATIVE_UPDATED, CsiEventType.OBJECTIVE_SET);
        step("Who changed what: the initiative's history (actors from the tokens)");
        for (JsonNode entry : get(initiatives + "/api/v1/initiatives/" + id + "/history").path("items")) {
            show(entry.path("at").asText() + "  " + entry.path("aggregateType").asText() + " "
                    + entry.path("action").asText() + " by " + entry.path("actor").asText());
        }
        events();
        Path mail = Path.of(System.getenv().getOrDefault("CSI_HOME", ".csi")).resolve("mail");
        if (java.nio.file.Files.isDirectory(mail)) {
            try (var files = java.nio.file.Files.list(mail)) {
                show("e-mails in " + mail + ": " + files.count() + " (open the .eml files with any mail program)");
            }
        }
        System.out.printf("%nDone: one turn of the CSI model, %d events on Kafka. Initiative %s; see the Swagger UIs "
                + "at %s/q/swagger-ui (and the other services').%nSee it in the console: ./csi open csi-manager "
                + "prints a sign-in link; the initiative is at /initiatives/%s.%n", events.get(), id, initiatives, id);
    }

    private void watch(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "csi-demo-" + UUID.randomUUID());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : CsiService.topics()) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            watching.countDown();
            while (true) {
                consumer.poll(Duration.ofMillis(100)).forEach(arrived::add);
            }
        }
    }

    /**
     * Prints the events of the step that just ran: waits until each expected type has arrived (as often as it is
     * named) and the topics have then been quiet for {@link #QUIET}, so the step's follow-on events (communications,
     * projections) are printed here and not under the next step.
     */
    private void events(CsiEventType... expected) throws InterruptedException {
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (CsiEventType type : expected) {
            missing.merge(type.type(), 1, Integer::sum);
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (!missing.isEmpty() && left <= 0) {
                show("(no " + String.join(", ", missing.keySet()) + " within " + PATIENCE.toSeconds()
                        + " s; going on)");
                return;
            }
            long wait = missing.isEmpty() ? QUIET.toNanos() : Math.min(left, QUIET.toNanos());
            ConsumerRecord<String, String> r = arrived.poll(wait, TimeUnit.NANOSECONDS);
            if (r == null) {
                if (missing.isEmpty()) {
                    return;
                }
                continue;
            }
            events.incrementAndGet();
            String type = header(r, "ce_type");
            missing.computeIfPresent(type, (t, n) -> n == 1 ? null : n - 1);
            System.out.printf("      ~> event %-26s on %-18s from %s%n", type, r.topic(), header(r, "ce_source"));
        }
    }

    private JsonNode call(String method, String url, ObjectNode body) throws Exception {
        return call(token, method, url, body, null);
    }

    private JsonNode call(String as, String method, String url, ObjectNode body) throws Exception {
        return call(as, method, url, body, null);
    }

    private JsonNode call(String method, String url, ObjectNode body, String ifMatch) throws Exception {
        return call(token, method, url, body, ifMatch);
    }

    private JsonNode call(String as, String method, String url, ObjectNode body, String ifMatch) throws Exception {
        System.out.printf("    %s %s%n", method, url);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + as).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        System.out.printf("      <- %d%n", response.statusCode());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static JsonNode first(JsonNode page) {
        JsonNode items = items(page);
        return items.size() > 0 ? items.get(0) : null;
    }

    private static JsonNode items(JsonNode listOrPage) {
        return listOrPage.has("items") ? listOrPage.path("items") : listOrPage;
    }

    private interface Check<T> {
        T get() throws Exception;
    }

    private static void awaitTrue(String what, Check<Boolean> check) throws Exception {
        awaitNode(what, () -> Boolean.TRUE.equals(check.get()) ? JSON.createObjectNode() : null);
    }

    private static JsonNode awaitNode(String what, Check<JsonNode> check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode node = check.get();
            if (node != null) {
                return node;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Waited 60 s for " + what);
    }

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void step(String title) {
        System.out.printf("%n== %s%n", title);
    }

    private static void show(String line) {
        System.out.println("    " + line);
    }

    private static String url(String variable, int port) {
        return System.getenv().getOrDefault(variable, "http://localhost:" + port);
    }
}
