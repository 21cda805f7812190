package org.csi.system;

import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import org.csi.stack.CsiStack;
import org.csi.stack.security.JwtKeys;
import org.csi.testkit.security.TestTokens;

/** The settings every system test runs a service with, beyond the stack's database and broker. */
final class SystemTestSettings {

    private SystemTestSettings() {
    }

    /**
     * Checkpoint scans every second; a 10 s Kafka session timeout instead of 45 s, so a consumer killed by a fault test
     * leaves its group sooner and the restarted service or the survivor gets its partitions sooner; tokens of the
     * tests' issuer; and notification-service sending to the test's SMTP server with webhook retries after 1 s, 2 s,
     * 4 s... instead of 10 s, 20 s..., and digests every 2 s instead of daily. Nothing else about the services changes.
     */
    static Map<String, String> forService(CsiStack stack, String service, JwtKeys keys, GreenMail mail) {
        Map<String, String> config = new LinkedHashMap<>(stack.serviceConfig(service));
        config.put("csi.checkpoints.scan-interval", "1s");
        config.put("kafka.session.timeout.ms", "10000");
        config.put("kafka.heartbeat.interval.ms", "3000");
        config.putAll(CsiStack.jwtConfig(keys, TestTokens.ISSUER));
        if (service.equals("notification-service")) {
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", Integer.toString(mail.getSmtp().getPort()));
            config.put("quarkus.mailer.mock", "false");
            config.put("csi.notification.allow-loopback-webhooks", "true");
            config.put("csi.notification.delivery.backoff-base", "PT1S");
            // digests of 2 s periods, looked for every second: what is not told at once reaches the feed within
            // seconds instead of after midnight (DigestIT sets its own)
            config.put("csi.digest.period-override", "PT2S");
            config.put("csi.digest.scan-interval", "1s");
        }
        return config;
    }
}
