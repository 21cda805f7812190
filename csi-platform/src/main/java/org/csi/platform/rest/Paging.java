package org.csi.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The paging query parameters of a list: {@code ?page=} (from 0, at most {@link PageResponse#MAX_PAGE}) here, and
 * {@code ?size=} with the default and maximum of the subclass: {@link PageQuery} (20, at most 200) or
 * {@link LongPageQuery} (50, at most 200). A resource method takes it as {@code @Valid @BeanParam PageQuery paging};
 * {@code @Valid} makes a bad value the same 400 problem (field {@code page} or {@code size}) as a constraint on a
 * method parameter. The OpenAPI document lists query parameters by name, so page and size stand where they stood.
 */
public abstract class Paging {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(PageResponse.MAX_PAGE)
    int page;

    public int page() {
        return page;
    }

    public abstract int size();
}
