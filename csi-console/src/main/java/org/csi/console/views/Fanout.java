package org.csi.console.views;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a page's service calls side by side (a page of the console needs up to twenty answers; one after the other
 * they would add up). Blocking calls on a small pool of its own: the services, not the console, are the limit.
 */
@ApplicationScoped
public class Fanout {

    private final ExecutorService pool = Executors.newFixedThreadPool(12);

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** The call, started now on the pool, with "could not connect" turned into a readable problem. */
    public <T> CompletableFuture<T> async(String service, Supplier<T> call) {
        return CompletableFuture.supplyAsync(() -> Calls.call(service, call), pool);
    }
}
