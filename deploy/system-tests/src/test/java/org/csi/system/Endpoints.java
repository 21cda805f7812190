package org.csi.system;

/** Where a client reaches each service: one instance, or whichever instance a load balancer picks. */
interface Endpoints {

    /** The base URL of (an instance of) the service, e.g. {@code http://localhost:8081}. */
    String url(String service);
}
