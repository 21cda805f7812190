package org.csi.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** compose.yaml is a valid Compose file (the Compose Specification's JSON schema) that builds and runs the suite. */
class ComposeFileTest {

    private static final Path COMPOSE = ProductionShape.DIR.resolve("compose.yaml");
    private static final JsonSchema SCHEMA = composeSchema();
    /** A secret-like value is only ever taken from the environment: ${NAME}, ${NAME:?message}, ${NAME:-default}. */
    private static final Pattern INTERPOLATED = Pattern.compile("\\$\\{[A-Z0-9_]+(:?[-?][^}]*)?}");
    private static final Pattern SECRET_LIKE = Pattern.compile("(?i).*(PASSWORD|SECRET|JAAS|TOKEN|CREDENTIAL|PRIVATE).*");

    private final JsonNode compose = YamlDocuments.readSingle(COMPOSE);

    @Test
    void composeFileMatchesTheComposeSpecification() {
        assertEquals(Set.of(), violations(compose));
    }

    @Test
    void aMisspelledOrMistypedFieldIsAViolation() {
        ObjectNode misspelt = compose.deepCopy();
        ((ObjectNode) misspelt.path("services").path("postgres")).put("restrat", "always");
        assertFalse(violations(misspelt).isEmpty(), "unknown service field");

        ObjectNode mistyped = compose.deepCopy();
        ((ObjectNode) mistyped.path("services").path("kafka")).put("ports", "29092");
        assertFalse(violations(mistyped).isEmpty(), "ports is a list");
    }

    @Test
    void everyApplicationIsBuiltFromTheDockerfileWithItsName() {
        for (String application : ProductionShape.APPLICATIONS) {
            JsonNode build = compose.path("services").path(application).path("build");
            Path context = COMPOSE.getParent().resolve(build.path("context").asText()).normalize();
            assertEquals(ProductionShape.REPOSITORY, context, application + " builds from the repository root");
            assertEquals(ProductionShape.DIR.resolve("Dockerfile"), context.resolve(build.path("dockerfile").asText()).normalize());
            assertEquals(application, build.path("args").path("SERVICE").asText(), application);
        }
    }

    @Test
    void noPasswordOrSecretIsWrittenIntoTheFile() {
        List<String> inline = new ArrayList<>();
        compose.path("services").properties().forEach(service -> service.getValue().path("environment").properties()
                .forEach(env -> {
                    if (SECRET_LIKE.matcher(env.getKey()).matches() && !INTERPOLATED.matcher(env.getValue().asText()).matches()) {
                        inline.add(service.getKey() + " " + env.getKey());
                    }
                }));
        assertEquals(List.of(), inline);
    }

    @Test
    void imagesArePinned() {
        compose.path("services").properties().forEach(service -> {
            JsonNode image = service.getValue().path("image");
            if (!image.isMissingNode()) {
                assertTrue(Images.pinned(image.asText()), service.getKey() + ": " + image.asText());
            }
        });
    }

    @Test
    void servicesGetTheJwtPublicKeyWhereThePlatformLooksForIt() throws IOException {
        String location = platformJwtKeyLocation();
        JsonNode secretFile = compose.path("secrets").path("jwt-public-key").path("file");
        assertTrue(INTERPOLATED.matcher(secretFile.asText()).matches(), "the key file's path comes from the environment");
        for (String service : ProductionShape.SERVICES) {
            Set<String> targets = new TreeSet<>();
            compose.path("services").path(service).path("secrets").forEach(secret -> {
                if (secret.path("source").asText().equals("jwt-public-key")) {
                    targets.add(secret.path("target").asText());
                }
            });
            assertEquals(Set.of(location), targets, service);
        }
    }

    @Test
    void kafkaIsReachableFromTheHostOnLoopbackOnly() {
        compose.path("services").path("kafka").path("ports")
                .forEach(port -> assertTrue(port.asText().startsWith("127.0.0.1:"), port.asText()));
        for (String application : ProductionShape.APPLICATIONS) {
            assertEquals("kafka:9092", compose.path("services").path(application).path("environment")
                    .path("KAFKA_BOOTSTRAP_SERVERS").asText(), application);
        }
    }

    private static Set<String> violations(JsonNode document) {
        Set<String> messages = new TreeSet<>();
        for (ValidationMessage message : SCHEMA.validate(document)) {
            messages.add(message.getMessage());
        }
        return messages;
    }

    private static JsonSchema composeSchema() {
        Path file = ProductionShape.SCHEMAS.resolve("compose-spec/compose-spec.json");
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode schema = new ObjectMapper().readTree(in);
            // its $id (compose_spec.json) is relative: the file's own location is the base it resolves against
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(SchemaLocation.of(file.toUri().toString()), schema);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String platformJwtKeyLocation() throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (InputStream in = Files.newInputStream(ProductionShape.REPOSITORY
                .resolve("csi-platform/src/main/resources/META-INF/microprofile-config.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("mp.jwt.verify.publickey.location");
    }
}
