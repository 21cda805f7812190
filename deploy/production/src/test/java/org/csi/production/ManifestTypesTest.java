package org.csi.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every document of every manifest file is one the API server would take: bound to its real API type with unknown
 * fields refused (Kubernetes kinds, Strimzi kinds), and checked against its CRD's schema (Strimzi, CloudNativePG).
 */
class ManifestTypesTest {

    @Test
    void everyDocumentOfEveryFileIsAKnownKindWithNoUnknownField() {
        List<String> problems = new ArrayList<>();
        Set<Path> filesWithDocuments = new TreeSet<>();
        for (YamlDocuments.Document document : ProductionShape.documents()) {
            filesWithDocuments.add(document.file());
            problems.addAll(problemsOf(document));
        }
        assertEquals(List.of(), problems);
        assertEquals(new TreeSet<>(ProductionShape.manifestFiles()), filesWithDocuments, "a file with no manifest");
    }

    @Test
    void kustomizationAppliesExactlyTheManifestFiles() {
        Kustomization kustomization = StrictTypes.bind(
                YamlDocuments.readSingle(ProductionShape.KUBERNETES.resolve("kustomization.yaml")), Kustomization.class);
        assertEquals("kustomize.config.k8s.io/v1beta1", kustomization.apiVersion());
        assertEquals("Kustomization", kustomization.kind());
        assertEquals("csi", kustomization.namespace());
        assertEquals(ProductionShape.manifestFiles().stream().map(file -> file.getFileName().toString()).sorted().toList(),
                kustomization.resources().stream().sorted().toList());
    }

    @Test
    void aMisspelledKubernetesFieldIsRefused() {
        JsonNode deployment = firstOfKind("Deployment").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) deployment.path("spec").path("template").path("spec")
                .path("containers").get(0)).put("imagePulPolicy", "Always");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> StrictTypes.bind(deployment));
        assertTrue(refused.getMessage().contains("imagePulPolicy"), refused.getMessage());
    }

    @Test
    void aMisspelledStrimziFieldIsRefusedByTheTypeAndTheSchema() {
        JsonNode user = firstOfKind("KafkaUser").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) user.path("spec")).set("authorisation",
                user.path("spec").path("authorization"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> StrictTypes.bind(user));
        assertTrue(refused.getMessage().contains("authorisation"), refused.getMessage());
        assertFalse(ProductionShape.STRIMZI_SCHEMAS.get(StrictTypes.typeKey(user)).violations(user).isEmpty());
    }

    @Test
    void aFieldOfAnotherStrimziVersionIsRefusedByTheSchema() {
        // v1beta2's single "operation" is gone from v1; Strimzi's Java type still has it, the v1 CRD does not.
        JsonNode user = firstOfKind("KafkaUser").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) user.path("spec").path("authorization").path("acls").get(0))
                .put("operation", "Read");
        Set<String> violations = ProductionShape.STRIMZI_SCHEMAS.get(StrictTypes.typeKey(user)).violations(user);
        assertTrue(violations.toString().contains("operation"), violations.toString());
    }

    @Test
    void aMisspelledCloudNativePgFieldIsRefusedByTheSchema() {
        JsonNode cluster = firstOfKind("Cluster").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) cluster.path("spec")).put("instance", 3);
        Set<String> violations = ProductionShape.CRD_SCHEMAS.get(StrictTypes.typeKey(cluster)).violations(cluster);
        assertTrue(violations.toString().contains("instance"), violations.toString());
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThrows(RuntimeException.class, () -> YamlDocuments.parse(Path.of("test.yaml"),
                "kind: Service\nspec: { selector: { a: b } }\nspec: { selector: { c: d } }\n"));
    }

    @Test
    void aKindWithNoTypeOrSchemaIsAProblemNotSkipped() {
        JsonNode unknown = new ObjectMapper().createObjectNode().put("apiVersion", "example.com/v1").put("kind", "Gadget");
        List<String> problems = problemsOf(new YamlDocuments.Document(Path.of("test.yaml"), 1, unknown));
        assertEquals(1, problems.size(), problems.toString());
    }

    private static List<String> problemsOf(YamlDocuments.Document document) {
        JsonNode manifest = document.content();
        String key = StrictTypes.typeKey(manifest);
        List<String> problems = new ArrayList<>();
        if (StrictTypes.isTyped(manifest)) {
            try {
                StrictTypes.bind(manifest);
            } catch (IllegalArgumentException e) {
                problems.add(document.where() + ": " + e.getMessage());
            }
            CrdSchema strimzi = ProductionShape.STRIMZI_SCHEMAS.get(key);
            if (strimzi != null) {
                strimzi.violations(manifest).forEach(v -> problems.add(document.where() + ": " + v));
            }
        } else if (ProductionShape.CRD_SCHEMAS.containsKey(key)) {
            ProductionShape.CRD_SCHEMAS.get(key).violations(manifest).forEach(v -> problems.add(document.where() + ": " + v));
        } else {
            problems.add(document.where() + ": no API type or CRD schema for " + key);
        }
        return problems;
    }

    private static JsonNode firstOfKind(String kind) {
        return ProductionShape.documents().stream().map(YamlDocuments.Document::content)
                .filter(manifest -> manifest.path("kind").asText().equals(kind)).findFirst().orElseThrow();
    }

    /** kustomize's Kustomization, as far as this one uses it: any other field fails the test. */
    record Kustomization(String apiVersion, String kind, String namespace, List<String> resources) {
    }
}
