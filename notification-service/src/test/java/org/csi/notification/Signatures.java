package org.csi.notification;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The Standard Webhooks check a receiver makes, written here independently of the service's code. */
final class Signatures {

    private Signatures() {
    }

    static boolean verifies(String secret, WebhookReceiver.Call call) throws Exception {
        String id = call.header("webhook-id");
        String timestamp = call.header("webhook-timestamp");
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
        for (String candidate : call.header("webhook-signature").split(" ")) {
            if (candidate.equals(expected)) {
                return true;
            }
        }
        return false;
    }
}
