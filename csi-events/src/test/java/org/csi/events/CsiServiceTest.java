package org.csi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one definition of the services agrees with the event types, the topic constants and the sources. */
class CsiServiceTest {

    @ParameterizedTest
    @EnumSource(CsiEventType.class)
    void everyEventTypeTravelsOnTheTopicOfExactlyOneService(CsiEventType type) {
        List<CsiService> owners = Arrays.stream(CsiService.values()).filter(s -> s.topic().equals(type.topic())).toList();
        assertEquals(1, owners.size(), type + " on " + type.topic() + " is owned by " + owners);
        assertTrue(owners.get(0).publishes().contains(type));
    }

    @ParameterizedTest
    @EnumSource(CsiService.class)
    void everyServicePublishesSomethingOnItsOwnTopic(CsiService service) {
        assertFalse(service.publishes().isEmpty(), service + " owns " + service.topic() + " but no event type uses it");
        assertEquals(Optional.of(service.source()), CsiSources.ownerOf(service.topic()));
        assertEquals(Optional.of(service), CsiService.byName(service.serviceName()));
    }

    @ParameterizedTest
    @EnumSource(CsiService.class)
    void namesSourcesAndDeadLettersFollowOneScheme(CsiService service) {
        assertTrue(service.serviceName().matches("[a-z]+-service"), service.serviceName());
        assertEquals("/csi/" + service.serviceName(), service.source());
        assertEquals(CsiTopics.DEAD_LETTER_PREFIX + service.serviceName(), service.deadLetterTopic());
        assertEquals(CsiTopics.deadLetter(service.serviceName()), service.deadLetterTopic());
    }

    @ParameterizedTest
    @EnumSource(CsiService.class)
    void servicesConsumeOnlyCsiTopics(CsiService service) {
        assertTrue(CsiService.topics().containsAll(service.consumes()), service + " consumes " + service.consumes());
        assertEquals(service.consumes().size(), new HashSet<>(service.consumes()).size(), "a topic twice");
    }

    @Test
    void everyTopicIsConsumedBySomeService() {
        Set<String> consumed = Arrays.stream(CsiService.values()).flatMap(s -> s.consumes().stream())
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(CsiService.topics()), consumed);
    }

    @Test
    void theTopicConstantsAreTheServicesTopics() {
        assertEquals(List.of(CsiTopics.INITIATIVES, CsiTopics.ASSESSMENTS, CsiTopics.SIPS, CsiTopics.COMMUNICATIONS),
                CsiService.topics());
        assertEquals(List.of(CsiSources.INITIATIVE_SERVICE, CsiSources.ASSESSMENT_SERVICE, CsiSources.SIP_SERVICE,
                CsiSources.NOTIFICATION_SERVICE), Arrays.stream(CsiService.values()).map(CsiService::source).toList());
        assertEquals(Set.copyOf(CsiService.topics()),
                Arrays.stream(CsiEventType.values()).map(CsiEventType::topic).collect(Collectors.toSet()));
    }

    @Test
    void namesSourcesTopicsAndPortsAreUnique() {
        CsiService[] all = CsiService.values();
        assertEquals(all.length, CsiService.names().stream().distinct().count());
        assertEquals(all.length, CsiService.topics().stream().distinct().count());
        assertEquals(all.length, CsiService.deadLetterTopics().stream().distinct().count());
        assertEquals(all.length, Arrays.stream(all).map(CsiService::defaultPort).distinct().count());
        assertEquals(Optional.empty(), CsiSources.ownerOf(null));
        assertEquals(Optional.empty(), CsiSources.ownerOf("csi.other"));
    }
}
