package org.csi.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Runs a service's {@code @QuarkusTest} against the real stack of {@link CsiStackTestResource}: a PostgreSQL and a
 * Kafka broker on free ports, and a JWKS for the run's key pair. Write {@code @QuarkusTest @CsiStackTest("sip-service")}
 * on the test class, in place of the {@code @WithTestResource(value = CsiStackTestResource.class, ...)} block.
 *
 * <p>The scope is {@link TestResourceScope#GLOBAL}, as before: every test class of a service names the same service,
 * so Quarkus sees the same test resources for each and starts the stack once per test run, not once per class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WithTestResource(value = CsiStackTestResource.class, scope = TestResourceScope.GLOBAL)
public @interface CsiStackTest {

    /** The service under test, e.g. {@code initiative-service}: names its database and its Kafka client ids. */
    String value();
}
