package org.csi.console.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;

import org.csi.console.client.ServiceProblem;
import org.csi.console.client.Views.Page;

/** Calls to the services, with "could not reach it" turned into a readable {@link ServiceProblem}. */
final class Calls {

    /** The largest page the services serve. */
    static final int PAGE = 200;
    /** A page shows at most this many items of one list (so a huge list cannot stall a page). */
    static final int MAX_ITEMS = 2000;

    private Calls() {
    }

    static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException unreachable) {
            throw ServiceProblem.unreachable(service);
        }
    }

    /** The value of a call run beside others, with the service's problem (not a wrapper) thrown. */
    static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Every item of a paged list, page by page (up to {@link #MAX_ITEMS}). */
    static <T> List<T> all(String service, IntFunction<Page<T>> page) {
        List<T> items = new ArrayList<>();
        for (int number = 0; items.size() < MAX_ITEMS; number++) {
            int current = number;
            Page<T> found = call(service, () -> page.apply(current));
            items.addAll(found.items());
            if (number + 1 >= found.totalPages()) {
                break;
            }
        }
        return items;
    }
}
