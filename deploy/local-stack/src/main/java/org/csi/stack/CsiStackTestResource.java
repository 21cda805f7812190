package org.csi.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real PostgreSQL and a real Kafka broker for a service's {@code @QuarkusTest}s, on free ports, and points the
 * service at them (Dev Services stay off). Use it as
 * {@code @WithTestResource(value = CsiStackTestResource.class, scope = TestResourceScope.GLOBAL,
 * initArgs = @ResourceArg(name = "service", value = "initiative-service"))}; a test gets the running stack in a
 * field annotated {@link InjectCsiStack}, e.g. to stop and start the broker.
 */
public class CsiStackTestResource implements QuarkusTestResourceLifecycleManager {

    private String service;
    private CsiStack stack;
    private Path directory;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", "test-service");
    }

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("csi-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stack = CsiStack.start(directory, 0, 0, false);
        return stack.serviceConfig(service);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stack,
                new TestInjector.AnnotatedAndMatchesType(InjectCsiStack.class, CsiStack.class));
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
        Directories.deleteQuietly(directory);
    }
}
