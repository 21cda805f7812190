package org.csi.console.signin;

import java.net.URI;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.csi.console.pages.Pages;

import io.quarkus.qute.TemplateInstance;

/** The local sign-in page, the one-time links of {@code ./csi open}, and signing out. */
@Path("/signin")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @Inject
    LocalSignIn localSignIn;

    @GET
    public TemplateInstance form(@QueryParam("next") String next) {
        return Pages.signin(LocalSignIn.ROLES, safeNext(next), null, localSignIn.enabled());
    }

    @POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("name") String name, @FormParam("role") String role,
            @FormParam("next") String next) {
        String person = name == null ? "" : name.strip();
        if (!localSignIn.enabled() || person.isEmpty() || person.length() > 200 || !LocalSignIn.ROLES.contains(role)) {
            String message = !localSignIn.enabled() ? "Local sign-in is off here." : "Give your name (up to 200 "
                    + "characters) and choose one of the roles.";
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Pages.signin(LocalSignIn.ROLES, safeNext(next), message, localSignIn.enabled()))
                    .build();
        }
        return signedIn(localSignIn.issue(person, role), safeNext(next));
    }

    /** A one-time link from {@code ./csi open ROLE}. */
    @GET
    @Path("/ticket")
    public Response ticket(@QueryParam("t") String ticket, @QueryParam("next") String next) {
        if (!localSignIn.enabled() || ticket == null || ticket.length() > 8192) {
            return refusedTicket();
        }
        return localSignIn.redeem(ticket).map(token -> signedIn(token, safeNext(next))).orElseGet(SignInResource::refusedTicket);
    }

    @POST
    @Path("/out")
    public Response signOut() {
        return Response.seeOther(URI.create("/signin"))
                .cookie(new NewCookie.Builder(SessionFilter.COOKIE).value("").path("/").maxAge(0).httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    private static Response refusedTicket() {
        return Response.status(Response.Status.FORBIDDEN).entity(Pages.signin(LocalSignIn.ROLES, "/",
                "This sign-in link is expired or was used already. Ask ./csi open for a new one.", true)).build();
    }

    private static Response signedIn(String token, String next) {
        return Response.seeOther(URI.create(next))
                .cookie(new NewCookie.Builder(SessionFilter.COOKIE).value(token).path("/").httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX).maxAge((int) LocalSignIn.SESSION.toSeconds()).build())
                .build();
    }

    /** Only a path of this console: never an address elsewhere (no open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.length() > 2000 || next.startsWith("/signin")) {
            return "/";
        }
        return next;
    }
}
