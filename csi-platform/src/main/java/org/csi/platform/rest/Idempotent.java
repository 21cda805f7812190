package org.csi.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Makes a resource's POST safe to retry with {@code Idempotency-Key} (see {@link IdempotentRequests}): write it on
 * a resource method that returns a {@link jakarta.ws.rs.core.Response}. The method's body parameter is the request
 * that a retry must repeat; the operation is the HTTP method and path. {@link IdempotentRequestInterceptor} runs the
 * method and stores its answer in one transaction. It reads the header itself, so the method declares no parameter
 * for it; {@link OpenApiContract} documents the header on the operation (whose operationId is the method's name).
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /** Not used for binding; here so a reader of the resource sees the header's name beside the method. */
    @Nonbinding
    String header() default IdempotentRequests.HEADER;
}
