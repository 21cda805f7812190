package org.csi.notification.service;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.TrustOptions;

/**
 * POSTs a webhook to the addresses {@link WebhookUrlPolicy#resolve(String)} checked, and to nothing else.
 * <p>
 * How it pins: Vert.x's {@link RequestOptions#setServer(SocketAddress)} names the socket address to connect to (here
 * the checked IP literal, so no name is looked up again), while {@link RequestOptions#setHost(String)} stays the
 * URL's host. Vert.x then sends that host in the {@code Host} header, as the TLS SNI name ({@code forceSni}, for host
 * names only: an IP literal URL is called without SNI) and
 * verifies the server certificate against it ({@code verifyHost}, the JDK trust store). A DNS answer that changes
 * after the check cannot move the call, and an https receiver must still prove it is the named host. Redirects are
 * never followed (a 3xx is an answer like any other). When the first address cannot be connected to, the next checked
 * one is tried. The answer's body is read and dropped.
 */
final class PinnedWebhookClient implements AutoCloseable {

    /** The attempt ran out of time. */
    static final class TimedOut extends Exception {
        TimedOut(String message) {
            super(message);
        }
    }

    /** No checked address could be reached, or the exchange broke off. */
    static final class NetworkFailure extends Exception {
        final boolean connected;

        NetworkFailure(String message, boolean connected) {
            super(message);
            this.connected = connected;
        }
    }

    /** For URLs naming a host: that name goes out as TLS SNI. */
    private final HttpClient client;
    /** For URLs with an IP literal: no SNI (RFC 6066 allows only host names there). */
    private final HttpClient literalClient;
    private final Duration timeout;

    PinnedWebhookClient(Vertx vertx, Duration timeout) {
        this(vertx, timeout, null);
    }

    /** @param trust the certificates to trust; null for the JDK's trust store (tests pass their own CA) */
    PinnedWebhookClient(Vertx vertx, Duration timeout, TrustOptions trust) {
        this.timeout = timeout;
        this.client = vertx.createHttpClient(options(timeout, trust).setForceSni(true));
        this.literalClient = vertx.createHttpClient(options(timeout, trust).setForceSni(false));
    }

    private static HttpClientOptions options(Duration timeout, TrustOptions trust) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .setVerifyHost(true)
                .setTrustAll(false)
                .setMaxRedirects(0)
                .setMaxPoolSize(64)
                .setKeepAliveTimeout(30);
        if (trust != null) {
            options.setTrustOptions(trust);
        }
        return options;
    }

    /** @return the HTTP status of the answer */
    int post(WebhookUrlPolicy.Target target, Map<String, String> headers, String body)
            throws TimedOut, NetworkFailure, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        NetworkFailure last = null;
        for (InetAddress address : target.addresses()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                return postTo(address, target, headers, body, left);
            } catch (NetworkFailure e) {
                if (e.connected) {
                    throw e; // the request may have reached the receiver: the retry is the worker's business
                }
                last = e; // could not connect: try the next checked address
            }
        }
        if (last != null) {
            throw last;
        }
        throw new TimedOut("no time left for " + target.host());
    }

    private int postTo(InetAddress address, WebhookUrlPolicy.Target target, Map<String, String> headers, String body,
            long nanosLeft) throws TimedOut, NetworkFailure, InterruptedException {
        long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanosLeft));
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), address.getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(millis)
                .setIdleTimeout(millis);
        headers.forEach(options::putHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        HttpClient http = isIpLiteral(target.host()) ? literalClient : client;
        var answer = http.request(options)
                .compose(request -> {
                    sent.set(request);
                    return request.send(Buffer.buffer(body));
                })
                .compose(response -> {
                    response.handler(ignored -> {
                    }); // the body is read and dropped, never kept
                    return response.end().map(done -> response.statusCode());
                })
                .toCompletionStage().toCompletableFuture();
        try {
            return answer.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abort(sent.get());
            throw new TimedOut("no answer from " + address.getHostAddress() + " within " + millis + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            if (cause instanceof java.util.concurrent.TimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")
                    || String.valueOf(cause.getMessage()).contains("timeout period")) {
                throw new TimedOut(address.getHostAddress() + ": " + text);
            }
            throw new NetworkFailure(address.getHostAddress() + ": " + text, sent.get() != null);
        } catch (InterruptedException e) {
            abort(sent.get());
            throw e;
        }
    }

    static boolean isIpLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    private static void abort(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }

    @Override
    public void close() {
        client.close();
        literalClient.close();
    }
}
