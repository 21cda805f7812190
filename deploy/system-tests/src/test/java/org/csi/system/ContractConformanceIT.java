package org.csi.system;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.ContractCheck;
import org.csi.stack.TopicProbe;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every event the four services published during the system tests, read back from the broker as an integration team
 * would, conforms to the published contract (CloudEvent headers and JSON Schema). Records the tests themselves
 * published to play another service (their ce_ids are in {@link #PUBLISHED_BY_TESTS}; they carry the ce_source of the
 * service they play, as consumers accept nothing else on its topic), or that are no CloudEvent at all, are left out.
 */
@ExtendWith(RunningSuite.class)
@Order(Integer.MAX_VALUE)
class ContractConformanceIT {

    static final String TEST_SOURCE = "/csi/system-tests";
    /** ce_ids of the events the system tests published themselves (some deliberately break the contract). */
    static final java.util.Set<String> PUBLISHED_BY_TESTS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Test
    void everyPublishedEventConformsToTheContract() {
        RunningSuite.Suite suite = RunningSuite.get();
        try (TopicProbe probe = TopicProbe.fromBeginning(suite.stack().bootstrapServers(), CsiTopics.INITIATIVES,
                CsiTopics.ASSESSMENTS, CsiTopics.SIPS, CsiTopics.COMMUNICATIONS)) {
            List<ConsumerRecord<String, String>> published = probe.drain(r -> {
                String source = TopicProbe.header(r, "ce_source");
                return source != null && !TEST_SOURCE.equals(source)
                        && !PUBLISHED_BY_TESTS.contains(TopicProbe.header(r, "ce_id"));
            }, Duration.ofSeconds(5));
            assertFalse(published.isEmpty(), "the system tests made the services publish events");
            ContractCheck.assertConforms(published);
            System.out.printf("[figures] %d events published by the services conform to the contract%n",
                    published.size());
        }
    }
}
