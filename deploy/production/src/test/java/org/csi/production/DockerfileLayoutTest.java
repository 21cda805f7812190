package org.csi.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The Dockerfile builds on what {@code mvn package} lays out: every COPY source, for each of the five applications,
 * exists under {@code <application>/target/quarkus-app} (this module is built after them, see its pom).
 */
class DockerfileLayoutTest {

    private static final Dockerfile DOCKERFILE = Dockerfile.read(ProductionShape.DIR.resolve("Dockerfile"));

    @Test
    void everyCopySourceExistsInThePackagedTreeOfEveryApplication() throws IOException {
        assertEquals(List.of("SERVICE"), List.copyOf(DOCKERFILE.args().keySet()), "the Dockerfile's build args");
        List<String> missing = new ArrayList<>();
        for (String application : ProductionShape.APPLICATIONS) {
            Path packaged = ProductionShape.REPOSITORY.resolve(application).resolve("target/quarkus-app");
            assertTrue(Files.isRegularFile(packaged.resolve("quarkus-run.jar")),
                    packaged + " is not packaged: build with mvn verify (or package) from the repository root");
            List<Dockerfile.Copy> copies = DOCKERFILE.copies(Map.of("SERVICE", application));
            assertFalse(copies.isEmpty());
            for (Dockerfile.Copy copy : copies) {
                for (String source : copy.sources()) {
                    assertTrue(source.startsWith(application + "/target/quarkus-app/"), source + " is in the packaged tree");
                    if (matches(ProductionShape.REPOSITORY, source) == 0) {
                        missing.add(source);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "COPY sources that mvn package does not make");
    }

    @Test
    void theImageRunsTheFastJarItCopies() {
        List<String> destinations = DOCKERFILE.copies(Map.of("SERVICE", "x")).stream().map(Dockerfile.Copy::destination).toList();
        assertTrue(destinations.containsAll(List.of("/deployments/lib/", "/deployments/", "/deployments/app/",
                "/deployments/quarkus/")), destinations.toString());
        assertTrue(DOCKERFILE.of("ENV").contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), "runs quarkus-run.jar");
        assertTrue(Images.pinned(DOCKERFILE.of("FROM").get(0)), "the base image is pinned");
        assertTrue(DOCKERFILE.of("USER").contains("185"), "runs as the image's unprivileged user");
    }

    @Test
    void aSourceThatIsNotPackagedIsReported() throws IOException {
        Dockerfile wrong = Dockerfile.parse("ARG SERVICE\nCOPY --chown=185 ${SERVICE}/target/quarkus-app/libs/ /deployments/lib/\n");
        String source = wrong.copies(Map.of("SERVICE", "initiative-service")).get(0).sources().get(0);
        assertEquals("initiative-service/target/quarkus-app/libs/", source);
        assertEquals(0, matches(ProductionShape.REPOSITORY, source));
        assertThrows(IllegalArgumentException.class, () -> wrong.copies(Map.of()), "an unset build arg is an error");
    }

    @Test
    void continuationsCommentsAndJsonFormAreRead() {
        Dockerfile parsed = Dockerfile.parse("# comment\nFROM a:1\nCOPY --chown=185 \\\n  one two \\\n  /dest/\n"
                + "COPY [\"$SERVICE/x y\", \"/d/\"]\n");
        List<Dockerfile.Copy> copies = parsed.copies(Map.of("SERVICE", "s"));
        assertEquals(new Dockerfile.Copy(List.of("--chown=185"), List.of("one", "two"), "/dest/"), copies.get(0));
        assertEquals(new Dockerfile.Copy(List.of(), List.of("s/x y"), "/d/"), copies.get(1));
    }

    /** How many paths the COPY source names: one for a plain path, any number for a glob in its last segment. */
    private static int matches(Path context, String source) throws IOException {
        String trimmed = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        int slash = trimmed.lastIndexOf('/');
        Path directory = context.resolve(slash < 0 ? "" : trimmed.substring(0, slash));
        String last = trimmed.substring(slash + 1);
        if (!last.contains("*") && !last.contains("?") && !last.contains("[")) {
            Path path = directory.resolve(last);
            return (source.endsWith("/") ? Files.isDirectory(path) : Files.exists(path)) ? 1 : 0;
        }
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int count = 0;
        try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, last)) {
            for (Path ignored : found) {
                count++;
            }
        }
        return count;
    }
}
