package org.csi.platform.rest;

import java.util.List;

/** A request the service refuses on purpose; mapped to a problem response with its status. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "urn:csi:problem:not-found", what + " not found", what + " " + id + " does not exist",
                List.of());
    }

    /** The request is understood but the resource's state does not allow it (an illegal transition). */
    public static ApiException conflict(String detail) {
        return new ApiException(409, "urn:csi:problem:conflict", "Not allowed in the current state", detail, List.of());
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    /** 400 naming each bad field (at most the first 100, so a bad bulk request gets a readable answer). */
    public static ApiException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid";
        return new ApiException(400, "urn:csi:problem:validation-failed", "Request is not valid", detail,
                errors.size() > 100 ? errors.subList(0, 100) : errors);
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "urn:csi:problem:precondition-failed", "The resource has changed", detail, List.of());
    }

    public static ApiException preconditionRequired(String detail) {
        return new ApiException(428, "urn:csi:problem:precondition-required", "If-Match is required", detail, List.of());
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

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
