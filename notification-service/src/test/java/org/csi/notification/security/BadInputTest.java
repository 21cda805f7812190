package org.csi.notification.security;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.BadInputBattery;
import org.csi.testkit.security.GenerativeInputPass;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every write endpoint refuses malformed, mistyped, oversized and misdirected input with a 4xx problem. */
@QuarkusTest
@CsiStackTest("notification-service")
class BadInputTest {

    @Test
    void everyWriteEndpointRejectsBadInputCleanly() {
        BadInputBattery.assertRejectedCleanly();
    }

    /** Random bodies and queries from the OpenAPI document: never a 5xx, never a Java name, nothing stored on a 4xx. */
    @Test
    void generatedInputNeverFailsTheService() {
        GenerativeInputPass.assertNoServerErrors(12);
    }
}
