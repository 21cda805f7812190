package org.csi.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.csi.platform.rest.PageResponse;
import org.junit.jupiter.api.Test;

class ResultPageTest {

    @Test
    void mappingKeepsWhereThePageIsAndTheTotal() {
        ResultPage<Integer> found = ResultPage.of(List.of(1, 2, 3), 2, 3, 11);

        ResultPage<String> mapped = found.map(n -> "#" + n);

        assertEquals(List.of("#1", "#2", "#3"), mapped.items());
        assertEquals(2, mapped.page());
        assertEquals(3, mapped.size());
        assertEquals(11, mapped.totalItems());
    }

    @Test
    void theResponseCountsThePagesFromTheTotal() {
        PageResponse<String> response = PageResponse.of(ResultPage.of(List.of(7), 3, 3, 10), n -> "v" + n);

        assertEquals(List.of("v7"), response.items());
        assertEquals(3, response.page());
        assertEquals(10, response.totalItems());
        assertEquals(4, response.totalPages());
    }

    @Test
    void itsItemsCannotChangeAfterTheQuery() {
        List<Integer> rows = new ArrayList<>(List.of(1));
        ResultPage<Integer> found = ResultPage.of(rows, 0, 10, 1);
        rows.add(2);

        assertEquals(List.of(1), found.items());
        assertThrows(UnsupportedOperationException.class, () -> found.items().add(3));
    }
}
