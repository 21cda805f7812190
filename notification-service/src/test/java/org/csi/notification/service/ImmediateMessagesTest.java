package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.csi.events.CsiEventType;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.qute.Engine;

/**
 * The events told at once by default (issue 17) read as messages of their own, not the generic "CSI update (type)":
 * each is composed from the contract's example payload.
 */
class ImmediateMessagesTest {

    private final MessageComposer composer = new MessageComposer(Engine.builder().addDefaults().build(),
            Optional.empty());
    private final Audience audience = new Audience("staff", AudienceKind.STAFF, Channel.EMAIL, List.of(), null, null,
            List.of());
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "csi.sip.approved     | Improvement plan approved: Cut the time to restore e-mail incidents",
            "csi.sip.completed    | Improvement plan completed: Cut the time to restore e-mail incidents",
            "csi.cycle.started    | New improvement cycle 2: Stabilise Service Operation for E-Mail",
            "csi.initiative.closed | Initiative closed: Stabilise Service Operation for E-Mail (SUCCESSFUL)" })
    void eachImmediateEventHasItsOwnMessage(String type, String subject) throws IOException {
        CsiEventType eventType = CsiEventType.fromType(type).orElseThrow();
        Record event;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(eventType.exampleResource())) {
            event = json.readValue(in, eventType.payloadType());
        }
        ComposedMessage m = composer.compose(type, event, null, audience);
        assertEquals(subject, m.subject());
        for (String section : List.of(m.serviceImplications(), m.personnelImpact(), m.approach())) {
            assertFalse(section.isBlank() || section.contains("CSI event of type"), section);
        }
    }
}
