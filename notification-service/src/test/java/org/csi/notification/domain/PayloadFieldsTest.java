package org.csi.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.Stakeholder;
import org.junit.jupiter.api.Test;

/** Templates and the projection read a payload record's fields as a map: all of them, nested records as maps. */
class PayloadFieldsTest {

    private static final UUID ID = UUID.fromString("3f1c1f4e-8d6a-4b3e-9a57-0c2f6a1d9b11");

    private static InitiativeDetails initiative() {
        return new InitiativeDetails(ID, "Stabilise e-mail", null, List.of("SERVICE_QUALITY"), null, null, null, null,
                "owner@example.com", List.of(new Stakeholder("Ann", "ann@example.com", "sponsor")), null, 2, "ACTIVE",
                7);
    }

    @Test
    void everyComponentIsPresentInOrderNullWhenAbsent() {
        Map<String, Object> fields = PayloadFields.of(initiative());

        assertEquals(Arrays.stream(InitiativeDetails.class.getRecordComponents()).map(c -> c.getName()).toList(),
                List.copyOf(fields.keySet()));
        assertEquals(ID, fields.get("initiativeId"));
        assertEquals("Stabilise e-mail", fields.get("title"));
        assertTrue(fields.containsKey("vision"));
        assertNull(fields.get("vision"));
        assertEquals(2, fields.get("cycle"));
        assertEquals(7L, fields.get("version"));
    }

    @Test
    void nestedRecordsBecomeMaps() {
        Map<String, Object> fields = PayloadFields.of(initiative());

        assertEquals(List.of(Map.of("name", "Ann", "email", "ann@example.com", "role", "sponsor")),
                fields.get("stakeholders"));
        assertEquals(List.of("SERVICE_QUALITY"), fields.get("focusAreas"));
    }

    @Test
    void oneComponentByName() {
        assertEquals(ID, PayloadFields.component(initiative(), "initiativeId"));
        assertEquals("owner@example.com", PayloadFields.component(initiative(), "owner"));
        assertNull(PayloadFields.component(initiative(), "noSuchField"));
        assertNull(PayloadFields.component(new Stakeholder("Ann", null, null), "initiativeId"));
    }

    @Test
    void aTypeNotKnownYetHasEveryFieldNull() {
        Map<String, Object> absent = PayloadFields.absent(Stakeholder.class);

        assertEquals(List.of("name", "email", "role"), List.copyOf(absent.keySet()));
        assertTrue(absent.values().stream().allMatch(v -> v == null));
    }
}
