package org.csi.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csi.events.CsiService;
import org.junit.jupiter.api.Test;

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
}
