package org.csi.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csi.events.CsiService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./csi} script takes its list of services from the root pom's modules named {@code *-service}; the launcher
 * takes it from {@link CsiService}. Both must name the same services in the same order, each a module of its own.
 */
class LauncherLayoutTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void theScriptsServicesAreCsiService() throws IOException {
        Matcher modules = Pattern.compile("<module>([a-z-]*-service)</module>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> fromPom = modules.results().map(m -> m.group(1)).toList();
        assertEquals(CsiService.names(), fromPom);
        for (String service : fromPom) {
            assertTrue(Files.readString(ROOT.resolve(service).resolve("pom.xml"))
                    .contains("<artifactId>" + service + "</artifactId>"), service);
        }
        assertTrue(Files.readString(ROOT.resolve("csi")).contains("-service\\)</module>"),
                "./csi reads the services from the root pom");
    }

    @Test
    void theLauncherStartsEveryServiceOnItsDefaultPort() {
        assertEquals(CsiService.names(), List.copyOf(LocalStackMain.SERVICE_PORTS.keySet()));
        for (CsiService service : CsiService.values()) {
            assertEquals(service.defaultPort(), LocalStackMain.SERVICE_PORTS.get(service.serviceName()));
        }
        assertEquals(CsiService.names(), CsiStack.SERVICES);
    }

    @Test
    void unsubscribeLinksFollowThePortTheNotificationInstanceListensOn(@TempDir Path home) {
        Map<String, String> moved = LocalStackMain.extraConfig("notification-service", 18094, "127.0.0.1", 2525, home);
        assertEquals("http://localhost:18094", moved.get("csi.unsubscribe.base-url"));
        assertEquals("2525", moved.get("quarkus.mailer.port"));
        assertEquals("http://localhost:8094",
                LocalStackMain.extraConfig("notification-service", 8094, "0.0.0.0", 2525, home)
                        .get("csi.unsubscribe.base-url"), "second instance, every interface");
        assertEquals("http://192.0.2.10:8084",
                LocalStackMain.extraConfig("notification-service", 8084, "192.0.2.10", 2525, home)
                        .get("csi.unsubscribe.base-url"), "bound to one address: links name it");
        assertTrue(LocalStackMain.extraConfig("sip-service", 8083, "127.0.0.1", 2525, home).isEmpty());
    }
}
