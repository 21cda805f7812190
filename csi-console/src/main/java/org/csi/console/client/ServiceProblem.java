package org.csi.console.client;

import java.util.List;

/**
 * A service answered with an RFC 9457 problem (or could not be reached). The console shows it to the person as a
 * readable message: title, detail and the fields named, never a stack trace.
 */
public class ServiceProblem extends RuntimeException {

    /** A field the service refused, with its reason. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String title;
    private final String detail;
    private final String type;
    private final List<FieldError> errors;

    public ServiceProblem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The service could not be reached at all. */
    public static ServiceProblem unreachable(String service) {
        return new ServiceProblem(503, "urn:csi:console:unreachable", service + " cannot be reached",
                "The page needs " + service + ", which did not answer. Try again in a moment; if it persists, check "
                        + "that the suite is running (./csi status).", List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
