package org.csi.platform.rest;

import java.util.List;
import java.util.function.Function;

import org.csi.platform.domain.ResultPage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page is, and how many there are in all. */
@Schema(description = "A page of results; page numbers start at 0.")
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /**
     * The highest page number a list accepts ({@code @Max(PageResponse.MAX_PAGE)} on every page parameter): with the
     * largest page size of any list (5000) the first row, page * size, still fits an int, so the database is never
     * asked for a negative offset.
     */
    public static final int MAX_PAGE = 100_000;

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageResponse<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    /** A service's page of domain objects as the response, each item mapped to its DTO. */
    public static <S, T> PageResponse<T> of(ResultPage<S> found, Function<? super S, ? extends T> toResponse) {
        ResultPage<T> mapped = found.map(toResponse);
        return of(mapped.items(), mapped.page(), mapped.size(), mapped.totalItems());
    }
}
