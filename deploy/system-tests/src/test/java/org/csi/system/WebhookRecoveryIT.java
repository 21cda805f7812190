package org.csi.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault: an integration team's webhook receiver answers 503 for a while, then recovers. notification-service retries
 * with backoff (1 s base in the system tests) and every event arrives exactly once with a 2xx answer, under the same
 * webhook-id on every attempt, so the team can drop repeats; the subscription stays enabled.
 */
@ExtendWith(RunningSuite.class)
class WebhookRecoveryIT {

    private static final int EVENTS = 5;

    private final RunningSuite.Suite suite = RunningSuite.get();
    private final CsiApi api = new CsiApi(suite);
    private final String service = CsiApi.uniqueService("hook");

    @Test
    void aReceiverThatFailsForAWhileGetsEveryEventOnceWhenItRecovers() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answerWith(503);
            String subscription = api.post("notification-service", "/api/v1/subscriptions", """
                    {"url": "%s", "eventTypes": ["csi.objective.set"], "description": "flaky receiver"}"""
                    .formatted(receiver.url())).getString("id");
            String initiative = api.createInitiative(service, "Reach a flaky receiver");
            IntStream.range(0, EVENTS).forEach(i -> api.setMttrObjective(initiative, service, "Restore, shift " + i));

            // Down until every event has been refused at least twice.
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(receiver, initiative).values().stream()
                    .filter(calls -> calls.size() >= 2).count() == EVENTS);
            receiver.answerWith(204);
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(receiver, initiative).values().stream()
                    .filter(calls -> calls.stream().anyMatch(c -> c.answered() == 204)).count() == EVENTS);

            Map<String, List<WebhookReceiver.Delivery>> calls = mine(receiver, initiative);
            int refused = calls.values().stream().mapToInt(c -> (int) c.stream().filter(d -> d.answered() == 503).count())
                    .sum();
            long accepted = calls.values().stream().flatMap(List::stream).filter(d -> d.answered() == 204).count();
            Map<String, Object> state = api.get("notification-service", "/api/v1/subscriptions/" + subscription,
                    Map.of()).getMap("$");
            List<Map<String, Object>> log = api.get("notification-service",
                    "/api/v1/subscriptions/" + subscription + "/deliveries", Map.of("size", 100)).getList("items");
            System.out.printf("[figures] flaky webhook receiver: %d events, %d calls refused with 503, %d accepted;"
                    + " subscription enabled=%s, consecutiveFailures=%s%n",
                    calls.size(), refused, accepted, state.get("enabled"), state.get("consecutiveFailures"));

            assertEquals(EVENTS, calls.size(), "one webhook-id per event");
            assertEquals(EVENTS, accepted, "each event accepted exactly once");
            calls.forEach((id, attempts) -> {
                assertEquals(1, attempts.stream().map(WebhookReceiver.Delivery::body).distinct().count(),
                        "every attempt of " + id + " carries the same CloudEvent");
                assertEquals(204, attempts.get(attempts.size() - 1).answered(), "no attempt after the accepted one");
            });
            assertEquals(true, state.get("enabled"));
            assertEquals(0, state.get("consecutiveFailures"));
            Set<String> delivered = log.stream().filter(d -> "DELIVERED".equals(d.get("status")))
                    .map(d -> "msg_" + d.get("id")).collect(Collectors.toSet());
            assertTrue(delivered.containsAll(calls.keySet()), "the delivery log shows each one DELIVERED: " + log);
            // nothing more arrives later (a retry after success would be a double delivery)
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> mine(receiver, initiative).values().stream().mapToInt(List::size).sum()
                            == refused + EVENTS);
        }
    }

    /** The calls the receiver got for events of this test's initiative, by webhook-id, in arrival order. */
    private static Map<String, List<WebhookReceiver.Delivery>> mine(WebhookReceiver receiver, String initiative) {
        return receiver.received().stream().filter(d -> d.body().contains(initiative))
                .collect(Collectors.groupingBy(d -> d.header("webhook-id"), java.util.LinkedHashMap::new,
                        Collectors.toList()));
    }
}
