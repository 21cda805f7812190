package org.csi.console.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Chart data for a page: JSON placed in a {@code <script type="application/json">} element that console.js hands to
 * ECharts. Every {@code <}, {@code >} and {@code &} is written as a JSON escape, so no value (a title, a note) can
 * close the script element or start markup: the JSON stays inert text whatever it holds.
 */
public final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Charts() {
    }

    public static String json(Object data) {
        try {
            return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Chart data is not JSON", e);
        }
    }
}
