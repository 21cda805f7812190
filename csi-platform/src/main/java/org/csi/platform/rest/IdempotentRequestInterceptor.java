package org.csi.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * Runs an {@link Idempotent} resource method in one new transaction with its stored answer: a retry with the same
 * key and body gets the first answer; the service's own {@code @Transactional} joins this transaction, so the effect
 * and the stored answer commit together or not at all. Without the header the method runs in the same kind of
 * transaction, so the answer is built from the same state either way.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class IdempotentRequestInterceptor {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class,
            org.jboss.resteasy.reactive.RestPath.class, org.jboss.resteasy.reactive.RestQuery.class,
            org.jboss.resteasy.reactive.RestHeader.class);

    private final IdempotentRequests requests;
    private final HttpServerRequest request;

    IdempotentRequestInterceptor(IdempotentRequests requests, HttpServerRequest request) {
        this.requests = requests;
        this.request = request;
    }

    @AroundInvoke
    Object runOnce(InvocationContext invocation) throws Exception {
        String key = request.getHeader(IdempotentRequests.HEADER);
        if (!Response.class.equals(invocation.getMethod().getReturnType())) {
            throw new IllegalStateException("@Idempotent needs a method returning Response: " + invocation.getMethod());
        }
        String operation = request.method().name() + " " + request.path();
        Object body = bodyOf(invocation);
        return QuarkusTransaction.requiringNew().call(() -> requests.execute(key, operation, body, () -> {
            try {
                return (Response) invocation.proceed();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    /** The one parameter with no JAX-RS parameter annotation: the request entity (null when the method takes none). */
    private static Object bodyOf(InvocationContext invocation) {
        Method method = invocation.getMethod();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            boolean named = false;
            for (Annotation annotation : annotations[i]) {
                named |= NOT_THE_BODY.contains(annotation.annotationType());
            }
            if (!named) {
                return invocation.getParameters()[i];
            }
        }
        return null;
    }
}
