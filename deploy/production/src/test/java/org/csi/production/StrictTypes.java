package org.csi.production;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Binds a manifest to the real API type of its apiVersion and kind (fabric8's Kubernetes model, Strimzi's api), and
 * fails on any field the type does not have.
 *
 * <p>FAIL_ON_UNKNOWN_PROPERTIES alone would not: fabric8's and Strimzi's model classes keep unknown fields in an
 * {@code additionalProperties} map through a {@code @JsonAnySetter}. This mapper ignores every any-setter, so an
 * unknown field is reported as such (see ManifestTypesTest's negative tests).
 */
final class StrictTypes {

    /** The Kubernetes and Strimzi kinds the production shape uses, by "apiVersion kind". */
    static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of(
            "apps/v1 Deployment", Deployment.class,
            "v1 Service", Service.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "kafka.strimzi.io/v1 Kafka", Kafka.class,
            "kafka.strimzi.io/v1 KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1 KafkaTopic", KafkaTopic.class,
            "kafka.strimzi.io/v1 KafkaUser", KafkaUser.class);

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setAnnotationIntrospector(new NoAnySetters())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private StrictTypes() {
    }

    static String typeKey(JsonNode manifest) {
        return manifest.path("apiVersion").asText() + " " + manifest.path("kind").asText();
    }

    static boolean isTyped(JsonNode manifest) {
        return TYPES.containsKey(typeKey(manifest));
    }

    /** The manifest as its API type; an unknown field or a value of the wrong type is an IllegalArgumentException. */
    static HasMetadata bind(JsonNode manifest) {
        Class<? extends HasMetadata> type = TYPES.get(typeKey(manifest));
        if (type == null) {
            throw new IllegalArgumentException("no API type known for " + typeKey(manifest));
        }
        return bind(manifest, type);
    }

    static <T> T bind(JsonNode manifest, Class<T> type) {
        try {
            return MAPPER.treeToValue(manifest, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage() + " at " + e.getLocation() + " path "
                    + pathOf(e), e);
        }
    }

    private static String pathOf(JsonProcessingException e) {
        return e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping ? mapping.getPathReference() : "?";
    }

    /** Jackson's own annotations, except that no {@code @JsonAnySetter} takes in unknown fields. */
    private static final class NoAnySetters extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated member) {
            return Boolean.FALSE;
        }
    }
}
