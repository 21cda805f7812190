package org.csi.console.pages;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.csi.console.client.ServiceProblem;
import org.csi.console.signin.SignedInPerson;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors as pages people can read: a service's problem with its title, detail and fields; anything unexpected as a
 * short apology with no stack trace (the trace goes to the console's log).
 */
public class ProblemPages {

    private static final Logger LOG = Logger.getLogger(ProblemPages.class);

    @Inject
    SignedInPerson signedIn;

    @ServerExceptionMapper
    public Response problem(ServiceProblem problem) {
        int status = problem.status() >= 500 ? 502 : problem.status();
        return page(status, problem);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return page(404, new ServiceProblem(404, "about:blank", "Not found", "There is nothing at this address.",
                    List.of()));
        }
        return page(status, new ServiceProblem(status, "about:blank", e.getResponse().getStatusInfo()
                .getReasonPhrase(), null, List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("A console page failed", e);
        return page(500, new ServiceProblem(500, "about:blank", "Something went wrong in the console",
                "The page could not be shown. Try again; the console's log has the details.", List.of()));
    }

    private Response page(int status, ServiceProblem problem) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Pages.error(signedIn.present() ? signedIn.get() : null, problem).render()).build();
    }
}
