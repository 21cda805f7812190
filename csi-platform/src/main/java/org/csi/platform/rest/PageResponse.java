package org.csi.platform.rest;

import java.util.List;

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
}
