package org.csi.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The csi-console application as a process beside the four services: which services it calls, which broker it reads
 * live events from, and (local run and tests only) the key pair its local sign-in signs tokens with.
 */
public final class ConsoleApp {

    public static final String NAME = "csi-console";
    public static final int DEFAULT_PORT = 8080;

    private ConsoleApp() {
    }

    /**
     * @param serviceUrls base URL per service name (initiative-service ... notification-service)
     * @param jwtDirectory the key pair the services verify tokens with ({@code .csi/jwt}); the local sign-in signs with it
     */
    public static Map<String, String> config(Map<String, String> serviceUrls, String bootstrapServers,
            Path jwtDirectory, String issuer) {
        Map<String, String> config = new LinkedHashMap<>();
        // the "local" profile: local sign-in on, OpenID Connect off; the console refuses local sign-in under "prod"
        config.put("quarkus.profile", "local");
        serviceUrls.forEach((service, url) -> config.put("quarkus.rest-client." + service + ".url", url));
        config.put("kafka.bootstrap.servers", bootstrapServers);
        config.put("csi.console.local-signin.key-dir", jwtDirectory.toAbsolutePath().toString());
        config.put("csi.console.local-signin.issuer", issuer);
        return config;
    }

    public static ServiceProcess start(Path repositoryRoot, int port, Map<String, String> config, Path logFile) {
        return ServiceProcess.start(NAME, ServiceProcess.jarOf(repositoryRoot, NAME), port, config, logFile);
    }
}
