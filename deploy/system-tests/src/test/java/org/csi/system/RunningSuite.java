package org.csi.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.stack.ConsoleApp;
import org.csi.stack.CsiStack;
import org.csi.stack.Ports;
import org.csi.stack.ServiceProcess;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole suite as it runs in production, in miniature: one real PostgreSQL server, one real Kafka broker and the four
 * packaged services as separate JVM processes on free ports. Started once for all system tests of the run (JUnit's
 * root store closes it at the end); logs go to target/system-test-logs.
 */
public final class RunningSuite implements BeforeAllCallback {

    private static volatile Suite suite;

    @Override
    public void beforeAll(ExtensionContext context) {
        suite = ProcessSuite.once(context, Suite.class, Suite::new);
    }

    public static Suite get() {
        return suite;
    }

    /** The running processes; closed once, when the test plan ends. */
    public static final class Suite extends ProcessSuite {

        private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
        private final ServiceProcess console;

        private Suite() {
            super("system", directory -> CsiStack.start(directory, 0, 0, false));
            for (String service : CsiStack.SERVICES) {
                services.put(service, startService(service, service));
            }
            awaitReady(services.values(), Duration.ofSeconds(180));
            // the console, as ./csi up starts it: it calls the four services with the signed-in person's token
            Map<String, String> urls = new LinkedHashMap<>();
            services.forEach((name, process) -> urls.put(name, process.baseUrl()));
            console = ConsoleApp.start(root, Ports.free(), ConsoleApp.config(urls, stack.bootstrapServers(),
                    directory.resolve("jwt"), TestTokens.ISSUER), logs.resolve(ConsoleApp.NAME + ".log"));
            awaitReady(List.of(console), Duration.ofSeconds(180));
        }

        /** The console's base URL. */
        public String consoleUrl() {
            return console.baseUrl();
        }

        public ServiceProcess service(String name) {
            return services.get(name);
        }

        @Override
        public String url(String service) {
            return services.get(service).baseUrl();
        }

        @Override
        Collection<ServiceProcess> processes() {
            List<ServiceProcess> processes = new ArrayList<>(services.values());
            if (console != null) {
                processes.add(console);
            }
            return processes;
        }
    }
}
