package org.csi.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.csi.platform.CsiConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Refuses bodies larger than {@code csi.api.max-body-bytes} with a 413 problem. A body that says its length
 * (Content-Length) is refused before it is read; a chunked body (no Content-Length) is counted as it is read, and the
 * read stops with the 413 at the first byte over the limit, so it never reaches the JSON reader whole. (The HTTP
 * server's own {@code quarkus.http.limits.max-body-size} stays higher as a backstop; it answers without a problem
 * body.)
 */
public class RequestSizeLimit {

    private final long maxBytes;

    RequestSizeLimit(CsiConfig config) {
        this.maxBytes = config.api().maxBodyBytes();
    }

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBytes) {
            throw tooLarge("The body has " + length + " bytes");
        }
    }

    /**
     * Runs after matching, so on the worker thread of a blocking resource method, where reading the body stream is
     * allowed; Quarkus REST then reads the body through this stream instead of buffering it itself.
     */
    @ServerRequestFilter
    public void limitChunked(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_LENGTH) == null && request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    private ApiException tooLarge(String what) {
        return new ApiException(413, "urn:csi:problem:payload-too-large", "Request body too large",
                what + "; at most " + maxBytes + " are accepted", List.of());
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Counts the bytes read and fails at the first one over the limit. */
    private final class Limited extends FilterInputStream {

        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw tooLarge("The chunked body has more than " + limit + " bytes");
            }
        }
    }
}
