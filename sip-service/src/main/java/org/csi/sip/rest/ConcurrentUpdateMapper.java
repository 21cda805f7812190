package org.csi.sip.rest;

import java.util.List;

import org.csi.platform.rest.ApiException;
import org.csi.platform.rest.ProblemMappers;
import org.csi.platform.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Two writers passed the If-Match check on the same version at once; the loser's flush fails on the version column.
 * That is the same answer as a stale If-Match: 412. (Candidate for csi-platform's ProblemMappers.)
 */
public class ConcurrentUpdateMapper {

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        ApiException stale = ApiException.preconditionFailed("The SIP was changed by another request at the same time; "
                + "read it again and retry");
        return ProblemMappers.problem(new Problem(stale.type(), stale.title(), 412, stale.getMessage(),
                "/" + uri.getPath().replaceFirst("^/", ""), List.of()));
    }
}
