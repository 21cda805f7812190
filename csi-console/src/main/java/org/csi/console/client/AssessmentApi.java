package org.csi.console.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.csi.console.client.Views.Baseline;
import org.csi.console.client.Views.GapAnalysis;
import org.csi.console.client.Views.MaturityAssessment;
import org.csi.console.client.Views.Measurement;
import org.csi.console.client.Views.Page;
import org.csi.console.client.Views.Practice;
import org.csi.console.client.Views.Realisation;
import org.csi.console.client.Views.ServiceGapModel;
import org.csi.console.client.Views.ServiceGaps;
import org.csi.console.client.Views.ServiceProfile;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** assessment-service's public API, as far as the console reads it. */
@RegisterRestClient(configKey = "assessment-service")
@RegisterProvider(ProblemResponses.class)
@Path("/api/v1")
public interface AssessmentApi {

    @GET
    @Path("/services/{service}/kpis/{kpiKey}/measurements")
    Page<Measurement> kpiSeries(@HeaderParam("Authorization") String auth, @PathParam("service") String service,
            @PathParam("kpiKey") String kpiKey, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/maturity-assessments")
    Page<MaturityAssessment> maturityAssessments(@HeaderParam("Authorization") String auth,
            @QueryParam("service") String service, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/practices")
    Page<Practice> practices(@HeaderParam("Authorization") String auth, @QueryParam("service") String service,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/baselines")
    Page<Baseline> baselines(@HeaderParam("Authorization") String auth, @QueryParam("service") String service,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/gap-analysis")
    GapAnalysis gapAnalysis(@HeaderParam("Authorization") String auth,
            @QueryParam("initiativeId") String initiativeId);

    @GET
    @Path("/services/{service}/service-gaps")
    ServiceGaps serviceGaps(@HeaderParam("Authorization") String auth, @PathParam("service") String service);

    @GET
    @Path("/services/{service}/gap-model")
    ServiceGapModel gapModel(@HeaderParam("Authorization") String auth, @PathParam("service") String service);

    @GET
    @Path("/services/{service}/profile")
    ServiceProfile profile(@HeaderParam("Authorization") String auth, @PathParam("service") String service);

    /** A completed SIP re-measured from its KPI; 404 while there is nothing to measure (not completed, no KPI). */
    @GET
    @Path("/sips/{id}/realisation")
    Realisation realisation(@HeaderParam("Authorization") String auth, @PathParam("id") String sipId);
}
