package org.csi.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/** The Deployments, Services, PodDisruptionBudgets and autoscalers fit together and fit the Quarkus services. */
class WorkloadShapeTest {

    private static final Map<String, String> HEALTH_PATHS = Map.of(
            "readiness", "/q/health/ready", "liveness", "/q/health/live", "startup", "/q/health/started");
    private static final Pattern SECRET_LIKE = Pattern.compile("(?i).*(PASSWORD|SECRET|JAAS|TOKEN|CREDENTIAL|PRIVATE).*");
    /** Secrets the user makes before applying (README.md gives the kubectl create secret command for each). */
    private static final Set<String> USER_MADE_SECRETS = Set.of("csi-jwt-public-key", "csi-console-oidc");

    @Test
    void thereIsOneDeploymentServiceBudgetAndAutoscalerPerApplication() {
        for (Class<? extends io.fabric8.kubernetes.api.model.HasMetadata> type : List.of(Deployment.class, Service.class,
                PodDisruptionBudget.class, HorizontalPodAutoscaler.class)) {
            assertEquals(new TreeSet<>(ProductionShape.APPLICATIONS), names(ProductionShape.all(type)), type.getSimpleName());
        }
    }

    @Test
    void probesUseTheQuarkusHealthPathsOnANamedContainerPort() {
        for (Deployment deployment : ProductionShape.all(Deployment.class)) {
            for (Container container : containers(deployment)) {
                Map<String, Probe> probes = Map.of("readiness", orMissing(container.getReadinessProbe()),
                        "liveness", orMissing(container.getLivenessProbe()), "startup", orMissing(container.getStartupProbe()));
                Set<String> portNames = container.getPorts().stream().map(ContainerPort::getName).collect(Collectors.toSet());
                probes.forEach((kind, probe) -> {
                    String where = container.getName() + " " + kind + " probe";
                    HTTPGetAction get = probe.getHttpGet();
                    assertNotNull(get, where + " is an HTTP GET");
                    assertEquals(HEALTH_PATHS.get(kind), get.getPath(), where);
                    assertNotNull(get.getPort().getStrVal(), where + " names its port");
                    assertTrue(portNames.contains(get.getPort().getStrVal()), where + ": no container port " + get.getPort());
                });
            }
        }
    }

    @Test
    void everyContainerRequestsCpuAndMemoryAndLimitsMemory() {
        for (Deployment deployment : ProductionShape.all(Deployment.class)) {
            for (Container container : containers(deployment)) {
                var resources = container.getResources();
                assertNotNull(resources, container.getName());
                assertTrue(resources.getRequests().keySet().containsAll(Set.of("cpu", "memory")), container.getName());
                assertTrue(resources.getLimits().containsKey("memory"), container.getName());
            }
        }
    }

    @Test
    void imagesAreTaggedAndNotLatest() {
        for (Deployment deployment : ProductionShape.all(Deployment.class)) {
            for (Container container : containers(deployment)) {
                assertTrue(Images.pinned(container.getImage()), container.getName() + ": " + container.getImage());
            }
        }
    }

    @Test
    void secretLikeSettingsComeFromSecretsNeverInline() {
        List<String> inline = new ArrayList<>();
        for (Deployment deployment : ProductionShape.all(Deployment.class)) {
            for (Container container : containers(deployment)) {
                for (EnvVar env : container.getEnv()) {
                    boolean fromSecret = env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null;
                    if (SECRET_LIKE.matcher(env.getName()).matches() && !fromSecret) {
                        inline.add(container.getName() + " " + env.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), inline);
        boolean anySecretManifest = ProductionShape.documents().stream()
                .anyMatch(document -> document.content().path("kind").asText().equals("Secret"));
        assertTrue(!anySecretManifest, "no Secret manifest: its data would sit in the repository");
    }

    @Test
    void everySecretReferencedIsMadeByAnOperatorOrByTheUserAsTheReadmeSays() throws IOException {
        Set<String> madeByOperators = new TreeSet<>();
        ProductionShape.all(KafkaUser.class).forEach(user -> madeByOperators.add(user.getMetadata().getName()));
        ProductionShape.all(Kafka.class).forEach(kafka -> madeByOperators.add(kafka.getMetadata().getName() + "-cluster-ca-cert"));
        ProductionShape.documents().stream().map(YamlDocuments.Document::content)
                .filter(manifest -> StrictTypes.typeKey(manifest).equals("postgresql.cnpg.io/v1 Cluster"))
                .forEach(cluster -> madeByOperators.add(cluster.path("metadata").path("name").asText() + "-app"));
        String readme = Files.readString(ProductionShape.DIR.resolve("README.md"));

        for (Deployment deployment : ProductionShape.all(Deployment.class)) {
            for (String secret : secretsReferenced(deployment)) {
                if (!madeByOperators.contains(secret)) {
                    assertTrue(USER_MADE_SECRETS.contains(secret), deployment.getMetadata().getName() + " uses secret "
                            + secret + " that nothing here makes");
                }
            }
        }
        for (String secret : USER_MADE_SECRETS) {
            assertTrue(readme.contains("kubectl create secret generic " + secret), "README.md tells how to make " + secret);
        }
    }

    @Test
    void servicesReadTheJwtPublicKeyWhereThePlatformLooksForIt() throws IOException {
        String location = platformDefault("mp.jwt.verify.publickey.location");
        String directory = location.substring(0, location.lastIndexOf('/'));
        String file = location.substring(location.lastIndexOf('/') + 1);
        for (String service : ProductionShape.SERVICES) {
            Deployment deployment = ProductionShape.named(Deployment.class, service);
            Container container = containers(deployment).get(0);
            VolumeMount mount = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(directory))
                    .findFirst().orElseThrow(() -> new AssertionError(service + " mounts nothing at " + directory));
            Volume volume = volume(deployment, mount.getName());
            assertEquals("csi-jwt-public-key", volume.getSecret().getSecretName(), service);
            assertTrue(volume.getSecret().getItems().stream().anyMatch(item -> item.getPath().equals(file)), service);
            assertTrue(container.getEnv().stream().noneMatch(env -> env.getName().startsWith("MP_JWT_VERIFY_PUBLICKEY")),
                    service + " keeps the platform's key location");
        }
    }

    @Test
    void selectorsMatchTheirPods() {
        for (Deployment deployment : ProductionShape.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            Map<String, String> selector = deployment.getSpec().getSelector().getMatchLabels();
            assertTrue(podLabels.entrySet().containsAll(selector.entrySet()), name + " selects its own pods");
            assertEquals(deployment.getMetadata().getLabels(), podLabels, name);

            Service service = ProductionShape.named(Service.class, name);
            assertEquals(selector, service.getSpec().getSelector(), name + " Service");
            Set<String> portNames = containers(deployment).stream().flatMap(c -> c.getPorts().stream())
                    .map(ContainerPort::getName).collect(Collectors.toSet());
            service.getSpec().getPorts().forEach(port -> assertTrue(portNames.contains(port.getTargetPort().getStrVal()),
                    name + " Service targets port " + port.getTargetPort()));

            PodDisruptionBudget budget = ProductionShape.named(PodDisruptionBudget.class, name);
            assertEquals(selector, budget.getSpec().getSelector().getMatchLabels(), name + " PodDisruptionBudget");
        }
    }

    @Test
    void replicasSpreadOverNodesAndZones() {
        for (Deployment deployment : ProductionShape.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Map<String, TopologySpreadConstraint> byKey = pod.getTopologySpreadConstraints().stream()
                    .collect(Collectors.toMap(TopologySpreadConstraint::getTopologyKey, c -> c));
            assertEquals(Set.of("kubernetes.io/hostname", "topology.kubernetes.io/zone"), byKey.keySet(), name);
            assertEquals("DoNotSchedule", byKey.get("kubernetes.io/hostname").getWhenUnsatisfiable(), name);
            for (TopologySpreadConstraint constraint : byKey.values()) {
                assertEquals(1, constraint.getMaxSkew(), name);
                assertEquals(deployment.getSpec().getSelector().getMatchLabels(),
                        constraint.getLabelSelector().getMatchLabels(), name + " spreads its own pods");
                assertEquals(List.of("pod-template-hash"), constraint.getMatchLabelKeys(), name + ": per rollout");
            }
        }
    }

    @Test
    void budgetsAndAutoscalersLeaveReplicasThatCanServe() {
        for (String name : ProductionShape.APPLICATIONS) {
            Deployment deployment = ProductionShape.named(Deployment.class, name);
            HorizontalPodAutoscaler autoscaler = ProductionShape.named(HorizontalPodAutoscaler.class, name);
            PodDisruptionBudget budget = ProductionShape.named(PodDisruptionBudget.class, name);
            var target = autoscaler.getSpec().getScaleTargetRef();
            assertEquals(List.of("apps/v1", "Deployment", name), List.of(target.getApiVersion(), target.getKind(), target.getName()));
            assertEquals(null, deployment.getSpec().getReplicas(), name + ": the autoscaler owns the replica count");
            assertTrue(autoscaler.getSpec().getMinReplicas() >= 2, name + " keeps two replicas");
            assertEquals(1, budget.getSpec().getMaxUnavailable().getIntVal(), name + " drains one at a time");
        }
    }

    @Test
    void aServiceNeverScalesPastThePartitionsOfWhatItConsumes() {
        int partitions = ProductionShape.all(KafkaTopic.class).stream().mapToInt(topic -> topic.getSpec().getPartitions())
                .min().orElseThrow();
        for (String service : ProductionShape.SERVICES) {
            int max = ProductionShape.named(HorizontalPodAutoscaler.class, service).getSpec().getMaxReplicas();
            assertTrue(max <= partitions, service + " scales to " + max + " consumers for " + partitions + " partitions");
        }
    }

    static List<Container> containers(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers();
    }

    static Volume volume(Deployment deployment, String name) {
        return deployment.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(deployment.getMetadata().getName() + " has no volume " + name));
    }

    private static Set<String> secretsReferenced(Deployment deployment) {
        Set<String> secrets = new TreeSet<>();
        for (Container container : containers(deployment)) {
            for (EnvVar env : container.getEnv()) {
                if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                    secrets.add(env.getValueFrom().getSecretKeyRef().getName());
                }
            }
            Optional.ofNullable(container.getEnvFrom()).orElse(List.of()).stream()
                    .filter(source -> source.getSecretRef() != null).forEach(source -> secrets.add(source.getSecretRef().getName()));
        }
        Optional.ofNullable(deployment.getSpec().getTemplate().getSpec().getVolumes()).orElse(List.of()).stream()
                .filter(volume -> volume.getSecret() != null).forEach(volume -> secrets.add(volume.getSecret().getSecretName()));
        return secrets;
    }

    private static String platformDefault(String key) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(ProductionShape.REPOSITORY
                .resolve("csi-platform/src/main/resources/META-INF/microprofile-config.properties"))) {
            properties.load(in);
        }
        return properties.getProperty(key);
    }

    private static Probe orMissing(Probe probe) {
        return probe == null ? new Probe() : probe;
    }

    private static Set<String> names(List<? extends io.fabric8.kubernetes.api.model.HasMetadata> resources) {
        return resources.stream().map(resource -> resource.getMetadata().getName()).collect(Collectors.toCollection(TreeSet::new));
    }
}
