package org.csi.platform.domain;

import java.util.List;

/** The thing a use case acts on does not exist. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("not-found", what + " not found", what + " " + id + " does not exist", List.of());
    }
}
