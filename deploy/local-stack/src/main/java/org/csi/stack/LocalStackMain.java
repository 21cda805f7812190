package org.csi.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.csi.events.CsiService;
import org.csi.stack.security.JwtKeys;
import org.csi.stack.security.Tokens;

/**
 * The launcher behind {@code ./csi up | down | status}: PostgreSQL, the Kafka broker and the four services as
 * processes of their own, with data and logs under {@code .csi/} and their pids recorded there, so {@code down} stops
 * exactly what {@code up} started and a later {@code up} finds all earlier data.
 */
public final class LocalStackMain {

    /** Service name and default HTTP port ({@link CsiService}). */
    static final Map<String, Integer> SERVICE_PORTS = new LinkedHashMap<>();

    static {
        for (CsiService service : CsiService.values()) {
            SERVICE_PORTS.put(service.serviceName(), service.defaultPort());
        }
    }

    /** The issuer of the local run's tokens (the services accept only this one). */
    public static final String LOCAL_ISSUER = "csi-local";

    private final Path root;
    private final Path home;
    private final Path pids;
    private final Path logs;

    private LocalStackMain(Path root) {
        this.root = root;
        this.home = root.resolve(env("CSI_HOME", ".csi"));
        this.pids = home.resolve("pids");
        this.logs = home.resolve("logs");
    }

    public static void main(String[] args) throws Exception {
        LocalStackMain main = new LocalStackMain(Path.of("").toAbsolutePath());
        String command = args.length == 0 ? "status" : args[0];
        int exit = switch (command) {
            case "up" -> main.up(replicas(args), brokers(args));
            case "down" -> main.down();
            case "status" -> main.status();
            case "token" -> main.token(args);
            case "open" -> main.open(args);
            default -> {
                System.err.println("usage: csi up [--replicas N] [--brokers 1|3] | down | status | token ROLE [SUBJECT] | open [ROLE] "
                        + "[SUBJECT]");
                yield 2;
            }
        };
        System.exit(exit);
    }

    /**
     * How many instances of every service {@code up} starts: {@code --replicas N}, else {@code CSI_REPLICAS}, else 1.
     * With more than one, Kafka runs as a cluster of three brokers.
     */
    static int replicas(String[] args) {
        return positive(option(args, "--replicas").orElse(env("CSI_REPLICAS", "1")));
    }

    /**
     * How many Kafka brokers: {@code --brokers 1|3}, else {@code CSI_KAFKA_BROKERS}, else three when more than one
     * instance per service runs and one otherwise (one broker under two instances, or three under one, lets a
     * benchmark tell the cost of the instances from the cost of replication).
     */
    static int brokers(String[] args) {
        Optional<String> chosen = option(args, "--brokers").or(() -> Optional.ofNullable(System.getenv("CSI_KAFKA_BROKERS"))
                .filter(v -> !v.isBlank()));
        if (chosen.isEmpty()) {
            return replicas(args) > 1 ? CLUSTER_BROKERS : 1;
        }
        int brokers = Integer.parseInt(chosen.get().trim());
        if (brokers != 1 && brokers != CLUSTER_BROKERS) {
            throw new IllegalArgumentException("brokers must be 1 or " + CLUSTER_BROKERS + ", not " + brokers);
        }
        return brokers;
    }

    /** The value of {@code --name N} or {@code --name=N} among the arguments after the command. */
    private static Optional<String> option(String[] args, String name) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(name + "=")) {
                return Optional.of(args[i].substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static int positive(String value) {
        int n = Integer.parseInt(value.trim());
        if (n < 1 || n > MAX_REPLICAS) {
            throw new IllegalArgumentException("replicas must be 1.." + MAX_REPLICAS + ", not " + n);
        }
        return n;
    }

    /** Instance {@code i} of a service listens on its port + 10 * (i - 1): 8081, 8091, 8101, ... */
    static final int MAX_REPLICAS = 5;
    static final int PORT_STEP = 10;
    /** Brokers of the cluster that more than one instance per service runs on. */
    static final int CLUSTER_BROKERS = 3;

    /** The pid-file name of instance {@code i} of a component: the name itself for the first, name-i for others. */
    static String instanceName(String name, int instance) {
        return instance == 1 ? name : name + "-" + instance;
    }

    int up(int replicas, int brokers) throws IOException {
        if (anyRunning()) {
            System.out.println("The suite is already running (./csi down stops it):");
            status();
            return 0;
        }
        Files.createDirectories(pids);
        Files.createDirectories(logs);
        int pgPort = intEnv("CSI_POSTGRES_PORT", 5433);
        int kafkaPort = intEnv("CSI_KAFKA_PORT", 9092);
        int smtpPort = intEnv("CSI_SMTP_PORT", 2525);
        // instance name (initiative-service, initiative-service-2, ...) -> port
        Map<String, Integer> ports = new LinkedHashMap<>();
        Map<String, String> serviceOf = new LinkedHashMap<>();
        for (int instance = 1; instance <= replicas; instance++) {
            for (Map.Entry<String, Integer> service : SERVICE_PORTS.entrySet()) {
                String name = instanceName(service.getKey(), instance);
                ports.put(name, intEnv(envName(service.getKey()), service.getValue()) + PORT_STEP * (instance - 1));
                serviceOf.put(name, service.getKey());
            }
        }
        List<String> taken = new ArrayList<>();
        checkFree(taken, pgPort, "PostgreSQL (CSI_POSTGRES_PORT)");
        for (int broker = 0; broker < brokers; broker++) {
            checkFree(taken, kafkaPort + broker, "Kafka broker " + (broker + 1) + " (CSI_KAFKA_PORT"
                    + (broker == 0 ? ")" : " + " + broker + ")"));
        }
        checkFree(taken, smtpPort, "the mail sink (CSI_SMTP_PORT)");
        ports.forEach((name, port) -> checkFree(taken, port, name + " (" + envName(serviceOf.get(name)) + ")"));
        int consolePort = consolePort();
        checkFree(taken, consolePort, "the console (CSI_CONSOLE_PORT)");
        if (!taken.isEmpty()) {
            taken.forEach(t -> System.err.println("Port taken: " + t));
            System.err.println("Free the port or choose another with the variable named; nothing was started.");
            return 1;
        }

        long started = System.nanoTime();
        String bind = BindAddress.fromEnvironment();
        if (!BindAddress.isLoopback(bind)) {
            System.out.println("WARNING: " + BindAddress.ENV + "=" + bind + ": the broker (PLAINTEXT, no "
                    + "authentication), PostgreSQL, the mail sink and the services listen beyond loopback; anyone who "
                    + "reaches this machine can publish CSI events.");
        }
        step("PostgreSQL on localhost:" + pgPort + ", data in " + rel(home.resolve("postgres")));
        CsiStack stack;
        try {
            stack = CsiStack.start(home, new CsiStack.Options(pgPort, kafkaPort, true, bind, brokers, false));
        } catch (RuntimeException e) {
            System.err.println("The stack did not start: " + e.getMessage());
            System.err.println("Logs: " + rel(home.resolve(brokers == 1 ? "kafka/broker.log" : "kafka-cluster"))
                    + ", " + rel(home.resolve("postgres")));
            down();
            return 1;
        }
        stack.postgres().pid().ifPresent(pid -> writePid("postgres", pid, pgPort));
        for (int node = 1; node <= stack.kafkaCluster().size(); node++) {
            KafkaBroker broker = stack.kafkaCluster().node(node);
            String name = instanceName("kafka", node);
            broker.pid().ifPresent(pid -> writePid(name, pid, broker.port()));
        }
        step(brokers == 1
                ? "Kafka broker on " + stack.bootstrapServers() + ", data in " + rel(home.resolve("kafka"))
                : "Kafka cluster of " + brokers + " brokers on " + stack.bootstrapServers() + " (topics replicated "
                        + "3 times, min.insync.replicas=2), data in " + rel(home.resolve("kafka-cluster")));
        try {
            writePid("mail-sink", startMailSink(smtpPort, BindAddress.forHost(bind)), smtpPort);
        } catch (IOException e) {
            System.err.println(e.getMessage());
            down();
            return 1;
        }
        step("Mail sink (SMTP) on localhost:" + smtpPort + ", e-mails saved in " + rel(home.resolve("mail")));

        JwtKeys keys = JwtKeys.in(home.resolve("jwt"));
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : ports.entrySet()) {
            String name = entry.getKey();
            String service = serviceOf.get(name);
            Map<String, String> config = new LinkedHashMap<>(stack.serviceConfig(service));
            config.putAll(extraConfig(service, entry.getValue(), bind, smtpPort, home));
            config.putAll(CsiStack.jwtConfig(keys, LOCAL_ISSUER));
            config.put("quarkus.http.host", BindAddress.forHost(bind));
            ServiceProcess process = ServiceProcess.start(name, ServiceProcess.jarOf(root, service),
                    entry.getValue(), config, logs.resolve(name + ".log"));
            writePid(name, process.pid(), entry.getValue());
            services.put(name, process);
            step(name + " starting on port " + entry.getValue() + " (log " + rel(process.logFile()) + ")");
        }
        // The console only calls the services when a page is asked for, so it starts beside them, not after them
        // (the first instance of each service is the one it calls).
        Map<String, String> urls = new LinkedHashMap<>();
        SERVICE_PORTS.keySet().forEach(service -> urls.put(service, services.get(service).baseUrl()));
        Map<String, String> consoleConfig = new LinkedHashMap<>(ConsoleApp.config(urls, stack.bootstrapServers(),
                home.resolve("jwt"), LOCAL_ISSUER));
        consoleConfig.put("quarkus.http.host", BindAddress.forHost(bind));
        ServiceProcess console = ConsoleApp.start(root, consolePort, consoleConfig,
                logs.resolve(ConsoleApp.NAME + ".log"));
        writePid(ConsoleApp.NAME, console.pid(), consolePort);
        step(ConsoleApp.NAME + " starting on port " + consolePort + " (log " + rel(console.logFile()) + ")");
        List<ServiceProcess> processes = new ArrayList<>(services.values());
        processes.add(console);
        List<CompletableFuture<Boolean>> ready = processes.stream()
                .map(p -> CompletableFuture.supplyAsync(() -> {
                    boolean ok = p.awaitReady(Duration.ofSeconds(180));
                    step(p.name() + (ok ? " is UP" : " did NOT start; see " + rel(p.logFile())));
                    return ok;
                }))
                .toList();
        boolean allReady = ready.stream().map(CompletableFuture::join).reduce(true, Boolean::logicalAnd);
        if (!allReady) {
            System.out.println("Stopping what was started.");
            down();
            return 1;
        }
        System.out.printf("%nCSI suite is up in %.1f s.%n%n", (System.nanoTime() - started) / 1e9);
        System.out.printf("Console: %s   (sign in there, or ./csi open csi-manager for a one-time link)%n%n",
                console.baseUrl());
        System.out.printf("%-22s %-32s %-40s %s%n", "service", "API", "Swagger UI", "health");
        services.values().forEach(p -> System.out.printf("%-22s %-32s %-40s %s%n", p.name(), p.baseUrl() + "/api/v1",
                p.baseUrl() + "/q/swagger-ui", p.baseUrl() + "/q/health"));
        System.out.printf("%nKafka: %s (topics %s)%n", stack.bootstrapServers(), String.join(", ", CsiService.topics()));
        if (replicas > 1) {
            System.out.printf("%d instances of every service share one consumer group and one database each; the "
                    + "console calls the first.%n", replicas);
        }
        System.out.printf("PostgreSQL: jdbc:postgresql://localhost:%d/<%s> user postgres%n", pgPort,
                String.join("|", SERVICE_PORTS.keySet().stream().map(CsiStack::databaseOf).toList()));
        System.out.printf("E-mail: SMTP sink on localhost:%d; every message is saved in %s/ as an .eml file%n", smtpPort,
                rel(home.resolve("mail")));
        System.out.printf("API calls need a bearer token: TOKEN=$(./csi token csi-admin); curl -H \"Authorization: "
                + "Bearer $TOKEN\" ...%n");
        System.out.printf("Logs: %s/   Stop: ./csi down%n", rel(logs));
        return 0;
    }

    /**
     * Settings of the local run beyond the database and broker, for an instance of {@code service} listening on
     * {@code port} (the port chosen for it: its default, {@code CSI_<SERVICE>_PORT}, plus the instance's step).
     */
    static Map<String, String> extraConfig(String service, int port, String bind, int smtpPort, Path home) {
        if (!service.equals("notification-service")) {
            return Map.of();
        }
        return Map.of(
                // the "leave this audience" links of e-mails point at the port this instance really listens on (the
                // packaged default names 8084, wrong once CSI_NOTIFICATION_PORT or a second instance moves it)
                "csi.unsubscribe.base-url", "http://" + BindAddress.advertised(bind) + ":" + port,
                "quarkus.mailer.host", "localhost",
                "quarkus.mailer.port", Integer.toString(smtpPort),
                "quarkus.mailer.mock", "false",
                // webhook receivers of a developer's own machine are allowed in the local run only
                "csi.notification.allow-loopback-webhooks", "true",
                // signs the "leave this audience" links of e-mails; kept in .csi/, so links of earlier runs still work
                // and every instance (--replicas) accepts the links of the others
                "csi.unsubscribe.key", unsubscribeKey(home));
    }

    /** The local run's unsubscribe signing key, {@code .csi/unsubscribe.key}: made once, readable by the owner only. */
    static String unsubscribeKey(Path home) {
        Path file = home.resolve("unsubscribe.key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                Files.createDirectories(home);
                Files.writeString(file, java.util.HexFormat.of().formatHex(key));
                try {
                    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file stays under the user's profile
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    /** GreenMail as a process of its own (deploy/mail-sink): e-mails of the local run land in .csi/mail. */
    private long startMailSink(int port, String host) throws IOException {
        Path sink = root.resolve("deploy/mail-sink/target");
        String classpath = sink.resolve("classes") + java.io.File.pathSeparator + sink.resolve("lib") + "/*";
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", classpath, "org.csi.mailsink.MailSink", Integer.toString(port),
                home.resolve("mail").toString(), host)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("mail-sink.log").toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Ports.inUse(port) && process.isAlive() && System.nanoTime() < deadline) {
            KafkaBroker.sleep(100);
        }
        if (!Ports.inUse(port)) {
            throw new IOException("The mail sink did not start; see " + rel(logs.resolve("mail-sink.log")));
        }
        return process.pid();
    }

    /** Prints a bearer token for the local run, signed with the key pair ./csi up made under .csi/jwt. */
    int token(String[] args) {
        if (args.length < 2 || !Tokens.ROLES.contains(args[1])) {
            System.err.println("usage: csi token ROLE [SUBJECT]   ROLE is one of " + String.join(", ", Tokens.ROLES));
            return 2;
        }
        String subject = args.length > 2 ? args[2] : System.getProperty("user.name", "csi-user");
        JwtKeys keys = JwtKeys.in(home.resolve("jwt"));
        System.out.println(Tokens.issue(keys.privateKey(), LOCAL_ISSUER, subject, List.of(args[1]), Duration.ofHours(12)));
        return 0;
    }

    /** Prints a one-time sign-in link for the local console: a ticket valid for 5 minutes, redeemable once. */
    int open(String[] args) {
        String role = args.length > 1 ? args[1] : "csi-manager";
        if (!Tokens.ROLES.contains(role)) {
            System.err.println("usage: csi open [ROLE] [SUBJECT]   ROLE is one of " + String.join(", ", Tokens.ROLES));
            return 2;
        }
        String subject = args.length > 2 ? args[2] : System.getProperty("user.name", "csi-user");
        JwtKeys keys = JwtKeys.in(home.resolve("jwt"));
        System.out.println("http://localhost:" + consolePort() + "/signin/ticket?t="
                + Tokens.signInTicket(keys.privateKey(), LOCAL_ISSUER, subject, role));
        return 0;
    }

    private static int consolePort() {
        return intEnv("CSI_CONSOLE_PORT", ConsoleApp.DEFAULT_PORT);
    }

    int down() {
        boolean any = false;
        // the console first, then the services (every instance), the mail sink and the brokers; PostgreSQL last. The
        // members of one tier stop together: a broker stopped alone after the others would wait for a quorum that
        // has gone.
        List<String> rest = new ArrayList<>(components());
        rest.remove("postgres");
        List<List<String>> tiers = List.of(
                List.of(ConsoleApp.NAME),
                rest.stream().filter(name -> isHttp(name) && !name.equals(ConsoleApp.NAME)).toList(),
                List.of("mail-sink"),
                rest.stream().filter(name -> name.startsWith("kafka")).toList());
        for (List<String> tier : tiers) {
            List<CompletableFuture<Boolean>> stops = tier.stream()
                    .map(name -> CompletableFuture.supplyAsync(() -> stop(name, readPid(name)))).toList();
            for (CompletableFuture<Boolean> stopped : stops) {
                any |= stopped.join();
            }
        }
        Optional<Long> postgres = PostgresServer.pidOf(home.resolve("postgres"));
        any |= stop("postgres", postgres.isPresent() ? postgres : readPid("postgres"));
        try {
            Files.deleteIfExists(pids.resolve("postgres.pid"));
        } catch (IOException ignored) {
            // nothing to clean
        }
        System.out.println(any ? "CSI suite stopped; data kept in " + rel(home) : "Nothing was running.");
        return 0;
    }

    int status() {
        for (String name : components()) {
            Optional<Long> pid = readPid(name);
            boolean alive = pid.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
            String state = alive ? "running (pid " + pid.get() + ")" : "stopped";
            Optional<Integer> port = readPort(name);
            if (alive && port.isPresent() && isHttp(name)) {
                state += ServiceProcess.isReady(port.get()) ? ", UP at http://localhost:" + port.get() : ", not ready";
            } else if (alive && port.isPresent()) {
                state += ", port " + port.get();
            }
            System.out.printf("%-24s %s%n", name, state);
        }
        return 0;
    }

    private static boolean isHttp(String name) {
        return name.equals(ConsoleApp.NAME) || SERVICE_PORTS.keySet().stream().anyMatch(name::startsWith);
    }

    /**
     * Everything ./csi up starts, in start order: PostgreSQL, the brokers, the mail sink, each instance of every
     * service, the console; the instances beyond the first and the brokers of a cluster are those with a pid file.
     */
    private List<String> components() {
        List<String> names = new ArrayList<>(List.of("postgres"));
        names.addAll(instances("kafka"));
        names.add("mail-sink");
        for (int instance = 1; instance <= MAX_REPLICAS; instance++) {
            for (String service : SERVICE_PORTS.keySet()) {
                if (instance == 1 || Files.exists(pidFile(instanceName(service, instance)))) {
                    names.add(instanceName(service, instance));
                }
            }
        }
        names.add(ConsoleApp.NAME);
        return names;
    }

    private List<String> instances(String name) {
        List<String> names = new ArrayList<>(List.of(name));
        for (int instance = 2; instance <= MAX_REPLICAS; instance++) {
            if (Files.exists(pidFile(instanceName(name, instance)))) {
                names.add(instanceName(name, instance));
            }
        }
        return names;
    }

    private boolean anyRunning() {
        return components().stream().map(this::readPid)
                .anyMatch(pid -> pid.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false));
    }

    private boolean stop(String name, Optional<Long> pid) {
        Optional<ProcessHandle> handle = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        try {
            Files.deleteIfExists(pidFile(name));
        } catch (IOException ignored) {
            // stale pid file: nothing to do
        }
        if (handle.isEmpty()) {
            return false;
        }
        ProcessHandle process = handle.get();
        step("stopping " + name + " (pid " + process.pid() + ")");
        process.destroy();
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
        return true;
    }

    private Path pidFile(String name) {
        return pids.resolve(name + ".pid");
    }

    /** A pid file holds the pid and the port the component listens on. */
    private void writePid(String name, long pid, int port) {
        try {
            Files.writeString(pidFile(name), pid + " " + port);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<Long> readPid(String name) {
        return pidFileField(name, 0).map(Long::parseLong);
    }

    private Optional<Integer> readPort(String name) {
        return pidFileField(name, 1).map(Integer::parseInt);
    }

    private Optional<String> pidFileField(String name, int field) {
        Path file = pidFile(name);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            String[] fields = Files.readString(file).trim().split("\\s+");
            return field < fields.length ? Optional.of(fields[field]).filter(f -> f.matches("\\d+")) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void checkFree(List<String> taken, int port, String what) {
        if (Ports.inUse(port)) {
            taken.add(port + " for " + what);
        }
    }

    private static String envName(String service) {
        return "CSI_" + service.replace("-service", "").toUpperCase() + "_PORT";
    }

    private String rel(Path path) {
        return root.relativize(path.toAbsolutePath()).toString();
    }

    private static synchronized void step(String message) {
        System.out.println("  - " + message);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }
}
