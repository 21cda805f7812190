package org.csi.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.csi.events.CsiService;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Where the production shape lies, and its manifests read once for all tests. */
final class ProductionShape {

    static final Path DIR = Path.of(System.getProperty("csi.production.dir", ".")).toAbsolutePath().normalize();
    static final Path REPOSITORY = Path.of(System.getProperty("csi.repository.root", DIR.resolve("../..").toString()))
            .toAbsolutePath().normalize();
    static final Path KUBERNETES = DIR.resolve("kubernetes");
    static final Path SCHEMAS = DIR.resolve("src/test/resources/schemas");

    /**
     * The four services ({@link CsiService}) and the console: image, Deployment, Service, KafkaUser and Dockerfile build
     * share the name.
     */
    static final List<String> SERVICES = CsiService.names();
    static final String CONSOLE = "csi-console";
    static final List<String> APPLICATIONS = Stream.concat(SERVICES.stream(), Stream.of(CONSOLE)).toList();

    /** The custom resources that have no Java API type here, checked against their CRD's schema instead. */
    static final Map<String, CrdSchema> CRD_SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1 Cluster",
            CrdSchema.load(SCHEMAS.resolve("cloudnative-pg-1.30.0/postgresql.cnpg.io_clusters.yaml"), "v1"));

    /** The Strimzi CRDs' own schemas, checked besides Strimzi's Java types (the types hold every version's fields). */
    static final Map<String, CrdSchema> STRIMZI_SCHEMAS = Map.of(
            "kafka.strimzi.io/v1 Kafka", strimzi("040-Crd-kafka.yaml"),
            "kafka.strimzi.io/v1 KafkaTopic", strimzi("043-Crd-kafkatopic.yaml"),
            "kafka.strimzi.io/v1 KafkaUser", strimzi("044-Crd-kafkauser.yaml"),
            "kafka.strimzi.io/v1 KafkaNodePool", strimzi("045-Crd-kafkanodepool.yaml"));

    private static final List<YamlDocuments.Document> DOCUMENTS = manifestFiles().stream()
            .flatMap(file -> YamlDocuments.read(file).stream()).toList();

    private ProductionShape() {
    }

    /** Every kubernetes/*.yaml but kustomization.yaml: the files kubectl apply -k applies. */
    static List<Path> manifestFiles() {
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<YamlDocuments.Document> documents() {
        return DOCUMENTS;
    }

    /** Every manifest of that type, bound strictly (ManifestTypesTest shows that each one binds). */
    static <T extends HasMetadata> List<T> all(Class<T> type) {
        return DOCUMENTS.stream().filter(document -> StrictTypes.isTyped(document.content()))
                .filter(document -> StrictTypes.TYPES.get(StrictTypes.typeKey(document.content())) == type)
                .map(document -> type.cast(StrictTypes.bind(document.content()))).toList();
    }

    static <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream().filter(resource -> resource.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    private static CrdSchema strimzi(String file) {
        return CrdSchema.load(SCHEMAS.resolve("strimzi-0.50.0").resolve(file), "v1");
    }
}
