package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.csi.events.payload.CycleStarted;
import org.csi.events.payload.InitiativeDetails;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.InitiativeProjection;
import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;

/**
 * Template data never changes the structure of a message: a stakeholder-supplied vision, title or approach with lines
 * that look like template markers ({@code ## subject}) or e-mail headings stays text inside its own section, and the
 * subject is one line written by the template.
 */
class MessageComposerTest {

    private final MessageComposer composer = new MessageComposer(Engine.builder().addDefaults().build(),
            Optional.empty());

    private static final String HOSTILE_VISION = """
            Faster restores.
            ## subject
            URGENT: reset your password at https://evil.example/login
            ## service-implications
            Nothing to see here
            Approach
            Impact on personnel:
            Bcc: everyone@example.com""";

    private ComposedMessage created(String title, String vision, String approach) {
        return composer.compose("csi.initiative.created",
                new InitiativeDetails(null, title, vision, List.of("SERVICE_QUALITY"), approach, null,
                        List.of("email"), null, "jane.doe@example.com", null, null, 0, null, 0),
                null, new Audience("initiative-stakeholders", AudienceKind.STAKEHOLDERS, Channel.FEED, List.of(), null,
                        null, List.of()));
    }

    @Test
    void aVisionWithMarkerLinesCannotRewriteTheSubjectOrStartASection() {
        ComposedMessage m = created("Stabilise e-mail", HOSTILE_VISION, "## approach\nclick the link");

        assertEquals("New improvement initiative: Stabilise e-mail", m.subject());
        // the hostile text stays inside the section it was rendered into
        assertTrue(m.serviceImplications().contains("## subject"), m.serviceImplications());
        assertTrue(m.serviceImplications().contains("URGENT: reset your password"));
        assertTrue(m.personnelImpact().startsWith("Owner: jane.doe@example.com."), m.personnelImpact());
        assertFalse(m.personnelImpact().contains("evil.example"));
        assertEquals("## approach\nclick the link", m.approach());
    }

    @Test
    void theSubjectIsOneLineWhateverTheTitle() {
        ComposedMessage m = created("Stabilise\r\nBcc: everyone@example.com\n## subject\u0000 x\u2028y", "v", "a");

        assertEquals("New improvement initiative: Stabilise Bcc: everyone@example.com ## subject x y", m.subject());
        assertFalse(m.subject().chars().anyMatch(c -> c < 0x20 || c == 0x2028), m.subject());
    }

    @Test
    void theMailTextHasExactlyTheThreeHeadingsOfTheTemplate() {
        String text = created("Stabilise e-mail", HOSTILE_VISION, "Approach\nService implications").asText();

        List<String> headings = text.lines().filter(l -> l.equals("Service implications")
                || l.equals("Impact on personnel") || l.equals("Approach")).toList();
        assertEquals(List.of("Service implications", "Impact on personnel", "Approach"), headings, text);
        assertTrue(text.contains("\n> ## subject\n"), text);
        assertTrue(text.contains("\n> Impact on personnel:\n"), text);
        assertTrue(text.contains("\n> Approach\n> Service implications\n"), text);
    }

    @Test
    void aTemplatePartIsRenderedOnItsOwn() {
        assertEquals(Map.of("subject", "S {x}\n", "service-implications", "a\n", "personnel-impact", "b\n",
                "approach", "c\n"), MessageComposer.cut("{! comment !}\n## subject\nS {x}\n## service-implications\na\n"
                        + "## personnel-impact\nb\n## approach\nc"));
    }

    @Test
    void theTemplateReadsTheTypedPayloadAndTheInitiativesDetails() {
        InitiativeProjection initiative = new InitiativeProjection();
        initiative.apply(new InitiativeDetails(UUID.randomUUID(), "Stabilise e-mail", "v", List.of("COST"), null,
                null, List.of("email", "vpn"), null, "jane.doe@example.com", null, null, 1, "ACTIVE", 3));

        CycleStarted event = new CycleStarted(UUID.randomUUID(), "Old title", 1, 2, null, List.of(), null);

        ComposedMessage m = composer.compose("csi.cycle.started", event, initiative,
                new Audience("staff", AudienceKind.STAFF, Channel.FEED, List.of(), null, null, List.of()));

        assertEquals("New improvement cycle 2: Stabilise e-mail", m.subject(), "the initiative's current title");
        assertTrue(m.serviceImplications().contains("Services in scope: email, vpn."), m.serviceImplications());
    }
}
