package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Standard Webhooks signing, checked against the example of the Standard Webhooks specification. */
class WebhookSignatureTest {

    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void theSpecificationsExampleSignsAsPublished() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(SPEC_SECRET,
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    void idTimestampAndBodyAreAllSigned() {
        String signature = WebhookSignature.sign(SPEC_SECRET, "msg_1", 1614265330L, "{}");

        assertNotEquals(signature, WebhookSignature.sign(SPEC_SECRET, "msg_2", 1614265330L, "{}"));
        assertNotEquals(signature, WebhookSignature.sign(SPEC_SECRET, "msg_1", 1614265331L, "{}"));
        assertNotEquals(signature, WebhookSignature.sign(SPEC_SECRET, "msg_1", 1614265330L, "{ }"));
        assertNotEquals(signature, WebhookSignature.sign(WebhookSignature.newSecret(), "msg_1", 1614265330L, "{}"));
    }

    @Test
    void aNewSecretIsValidAndFresh() {
        String secret = WebhookSignature.newSecret();

        assertTrue(secret.startsWith("whsec_"), secret);
        assertTrue(WebhookSignature.isValidSecret(secret));
        assertNotEquals(secret, WebhookSignature.newSecret());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_", "whsec_c2hvcnQ=", "whsec_not base64!",
            "WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" })
    void aSecretNeedsThePrefixAndABase64KeyOfAtLeast16Bytes(String secret) {
        assertFalse(WebhookSignature.isValidSecret(secret));
    }

    @Test
    void sixteenBytesAreEnough() {
        assertTrue(WebhookSignature.isValidSecret("whsec_AAAAAAAAAAAAAAAAAAAAAA=="));
        assertFalse(WebhookSignature.isValidSecret("whsec_AAAAAAAAAAAAAAAAAAAA"), "15 bytes");
    }
}
