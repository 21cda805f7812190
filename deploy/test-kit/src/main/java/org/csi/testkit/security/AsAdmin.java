package org.csi.testkit.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST Assured request of the annotated test class that carries no {@code Authorization} header of its own is
 * sent with a {@code csi-admin} bearer token of the test run ({@link TestTokens}), so a test about behaviour needs no
 * token plumbing. Write it on the test class beside {@code @QuarkusTest @CsiStackTest("...")}; a class without it
 * sends no token unless it says so (the access and identity tests, anonymous calls).
 *
 * <p>A plain JUnit extension ({@link AdminToken}): it sets the filter before each test method and removes it after, so
 * nothing leaks into the next class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AdminToken.class)
public @interface AsAdmin {
}
