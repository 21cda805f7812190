package org.csi.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@link Paging} of a list: 20 entries a page by default, at most 200. */
public class PageQuery extends Paging {

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    int size;

    @Override
    public int size() {
        return size;
    }
}
