package org.csi.console.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.csi.events.CsiService;
import org.junit.jupiter.api.Test;

/**
 * The console's configuration names the services and topics as {@link CsiService} defines them: live events read every
 * CSI topic, and each service is called on its port of the local run.
 */
class ConsoleConfigTest {

    private static Properties config() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleConfigTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void liveEventsReadEveryCsiTopic() throws IOException {
        assertEquals(CsiService.topics(),
                List.of(config().getProperty("mp.messaging.incoming.csi-events.topics").split(",")));
    }

    @Test
    void everyServiceIsCalledOnItsLocalPort() throws IOException {
        Properties config = config();
        for (CsiService service : CsiService.values()) {
            assertEquals("http://localhost:" + service.defaultPort(),
                    config.getProperty("quarkus.rest-client." + service.serviceName() + ".url"), service.serviceName());
        }
    }
}
