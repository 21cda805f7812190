package org.csi.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@link Paging} of a history ({@link HistoryResponse}) or the practices: 50 a page by default, at most 200. */
public class LongPageQuery extends Paging {

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(200)
    int size;

    @Override
    public int size() {
        return size;
    }
}
