package org.csi.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.csi.events.CsiContract;
import org.csi.events.CsiEventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Inbox validation: data that is no JSON, or breaks the schema its type publishes, is poison. */
class EventContractValidatorTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final EventContractValidator validator = new EventContractValidator(mapper);

    @ParameterizedTest
    @EnumSource(CsiEventType.class)
    void thePublishedExampleOfEveryTypePassesAndIsReturnedParsed(CsiEventType type) throws Exception {
        String example = CsiContract.example(type);

        JsonNode data = validator.validate(type, example);

        assertEquals(mapper.readTree(example), data);
    }

    @ParameterizedTest
    @EnumSource(CsiEventType.class)
    void anEmptyObjectBreaksTheSchemaOfEveryType(CsiEventType type) {
        PoisonEventException e = assertThrows(PoisonEventException.class, () -> validator.validate(type, "{}"));

        assertTrue(e.getMessage().startsWith(type + " data breaks schema " + type.dataSchema() + ": "), e.getMessage());
    }

    @Test
    void aMissingRequiredFieldIsNamedInTheReason() throws Exception {
        CsiEventType type = CsiEventType.BASELINE_RECORDED;
        ObjectNode data = (ObjectNode) mapper.readTree(CsiContract.example(type));
        data.remove("baselineId");

        PoisonEventException e = assertThrows(PoisonEventException.class,
                () -> validator.validate(type, data.toString()));

        assertTrue(e.getMessage().contains("baselineId"), e.getMessage());
    }

    @Test
    void dataThatIsNoJsonIsPoison() {
        PoisonEventException e = assertThrows(PoisonEventException.class,
                () -> validator.validate(CsiEventType.SIP_DRAFTED, "{\"sipId\": "));

        assertTrue(e.getMessage().startsWith(CsiEventType.SIP_DRAFTED + " data is not JSON: "), e.getMessage());
    }
}
