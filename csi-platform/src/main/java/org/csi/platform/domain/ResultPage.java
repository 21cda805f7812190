package org.csi.platform.domain;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a query's results, as a service returns it: the items, where the page is, and how many there are in
 * all. The HTTP edge turns it into its {@code PageResponse}; a service never sees that DTO.
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public static <T> ResultPage<T> of(List<T> items, int page, int size, long totalItems) {
        return new ResultPage<>(items, page, size, totalItems);
    }

    /** The same page with each item mapped. */
    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
