package org.csi.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.csi.client.assessment.api.MeasurementsApi;
import org.csi.client.assessment.model.BulkMeasurementRequest;
import org.csi.client.assessment.model.BulkMeasurementResult;
import org.csi.client.assessment.model.MeasurementRequest;
import org.csi.client.initiative.api.CheckpointsApi;
import org.csi.client.initiative.api.InitiativesApi;
import org.csi.client.initiative.api.LatestMeasurementsApi;
import org.csi.client.initiative.api.ObjectivesApi;
import org.csi.client.initiative.model.Checkpoint;
import org.csi.client.initiative.model.CheckpointRequest;
import org.csi.client.initiative.model.CheckpointResult;
import org.csi.client.initiative.model.Direction;
import org.csi.client.initiative.model.FocusArea;
import org.csi.client.initiative.model.Horizon;
import org.csi.client.initiative.model.Initiative;
import org.csi.client.initiative.model.InitiativeRequest;
import org.csi.client.initiative.model.Objective;
import org.csi.client.initiative.model.ObjectiveRequest;
import org.csi.client.initiative.model.ResultStatus;
import org.csi.client.initiative.model.ReviewRequest;
import org.csi.client.notification.api.CommunicationPlansApi;
import org.csi.client.notification.api.CommunicationsApi;
import org.csi.client.notification.model.AudienceKind;
import org.csi.client.notification.model.AudienceRequest;
import org.csi.client.notification.model.Channel;
import org.csi.client.notification.model.Communication;
import org.csi.client.notification.model.CommunicationPlanRequest;
import org.csi.client.notification.model.CommunicationStatus;
import org.csi.client.sip.api.SipsApi;
import org.csi.client.sip.model.ApproveRequest;
import org.csi.client.sip.model.Sip;
import org.csi.client.sip.model.SipStatus;
import org.csi.client.sip.model.TransitionRequest;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One CSI cycle driven only through the Java clients that openapi-generator 7.25.0 generated, with its spec validation
 * on, from the services' own OpenAPI documents (deploy/system-tests/pom.xml). This is the API as an ITSM tool's
 * integrator meets it: nothing here is written next to the services, so a document that misdescribes a path, a body,
 * a type or an answer fails this test. REST Assured covers the rest of the system tests.
 */
@ExtendWith(RunningSuite.class)
class GeneratedClientCycleIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(60);

    private final RunningSuite.Suite suite = RunningSuite.get();
    private final String service = "mail-" + UUID.randomUUID().toString().substring(0, 8);
    private final Consumer<HttpRequest.Builder> bearer = as("maria.keller@example.com", "csi-admin");

    private final InitiativesApi initiatives = new InitiativesApi(initiativeClient());
    private final ObjectivesApi objectives = new ObjectivesApi(initiativeClient());
    private final CheckpointsApi checkpoints = new CheckpointsApi(initiativeClient());
    private final LatestMeasurementsApi latest = new LatestMeasurementsApi(initiativeClient());
    private final MeasurementsApi measurements = new MeasurementsApi(new org.csi.client.assessment.ApiClient(
            HttpClient.newBuilder(), org.csi.client.assessment.ApiClient.createDefaultObjectMapper(),
            suite.url("assessment-service")).setRequestInterceptor(as("itsm", "csi-integration")));
    private final SipsApi sips = new SipsApi(new org.csi.client.sip.ApiClient(HttpClient.newBuilder(),
            org.csi.client.sip.ApiClient.createDefaultObjectMapper(), suite.url("sip-service"))
            .setRequestInterceptor(bearer));
    /** The approver is another person: the suite records the caller, and four-eyes refuses the submitter. */
    private final SipsApi sipsAsCio = new SipsApi(new org.csi.client.sip.ApiClient(HttpClient.newBuilder(),
            org.csi.client.sip.ApiClient.createDefaultObjectMapper(), suite.url("sip-service"))
            .setRequestInterceptor(as("cio@example.com", "csi-manager")));
    private final org.csi.client.notification.ApiClient notificationClient = new org.csi.client.notification.ApiClient(
            HttpClient.newBuilder(), org.csi.client.notification.ApiClient.createDefaultObjectMapper(),
            suite.url("notification-service")).setRequestInterceptor(bearer);
    private final CommunicationPlansApi plans = new CommunicationPlansApi(notificationClient);
    private final CommunicationsApi communications = new CommunicationsApi(notificationClient);

    @Test
    void oneCsiCycleThroughGeneratedClients() throws Exception {
        // What is the vision? An initiative, and who is to be told what.
        Initiative initiative = initiatives.createInitiative(new InitiativeRequest()
                .title("Stabilise e-mail (generated client)").vision("E-mail restored within 4 hours")
                .focusAreas(List.of(FocusArea.SERVICE_QUALITY)).approach("Formalise incident management")
                .services(List.of(service)).owner("maria.keller@example.com").reviewCadence("P30D"),
                "create-" + service);
        UUID id = initiative.getId();
        plans.putCommunicationPlan(id, new CommunicationPlanRequest().audiences(List.of(new AudienceRequest()
                .name("process-owners").kind(AudienceKind.PROCESS_OWNERS).channel(Channel.EMAIL)
                .addresses(List.of("owners-" + service + "@example.com"))
                .eventTypes(List.of("csi.target.missed", "csi.sip.drafted")))), null);

        // Where do we want to be? One target that will be missed, one that will be achieved.
        Objective mttr = objectives.setObjective(id, objective("Restore e-mail within 4 hours", "incident.mttr.hours",
                "8", "4", Direction.LOWER_IS_BETTER, "0.5"), null);
        Objective fcr = objectives.setObjective(id, objective("Resolve calls at first contact",
                "servicedesk.fcr.percent", "60", "70", Direction.HIGHER_IS_BETTER, "2"), null);

        // Where are we now? Measurements in bulk, as an ITSM tool sends them.
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        BulkMeasurementResult bulk = measurements.recordMeasurementsInBulk(new BulkMeasurementRequest()
                .measurements(List.of(
                        measurement("incident.mttr.hours", "6.5", at, 1),
                        measurement("servicedesk.fcr.percent", "72", at, 2))));
        assertEquals(2, bulk.getStored());
        await().atMost(EVENTUAL).until(() -> latest.listLatestMeasurements(null, service).size() == 2);

        // Did we get there? A checkpoint reviewed now: MTTR missed, FCR achieved.
        Checkpoint checkpoint = checkpoints.createCheckpoint(id,
                new CheckpointRequest().dueAt(OffsetDateTime.now(ZoneOffset.UTC).plusHours(1)), null);
        Checkpoint reviewed = checkpoints.reviewCheckpoint(checkpoint.getId(), id,
                new ReviewRequest().wentWell("First contact resolution above target").wentWrong("Nights are slow"));
        Map<UUID, ResultStatus> results = reviewed.getResults().stream()
                .collect(Collectors.toMap(CheckpointResult::getObjectiveId, CheckpointResult::getStatus));
        assertEquals(Map.of(mttr.getId(), ResultStatus.MISSED, fcr.getId(), ResultStatus.ACHIEVED), results);

        // How do we get there? The SIP drafted for the missed target, read and approved.
        Sip drafted = await().atMost(EVENTUAL).until(() -> sipFor(id, mttr.getId()), sip -> sip != null);
        Sip sip = sips.getSip(drafted.getId());
        assertEquals(SipStatus.DRAFT, sip.getStatus());
        assertEquals("incident.mttr.hours", sip.getKpiKey());
        assertEquals(0, new BigDecimal("6.5").compareTo(sip.getActualValue()));
        assertFalse(sip.getActions().isEmpty(), "proposed actions from the drafting templates");
        sips.submitSip(sip.getId(), new TransitionRequest(), null);
        var fourEyes = assertThrows(org.csi.client.sip.ApiException.class,
                () -> sips.approveSip(sip.getId(), new ApproveRequest(), null));
        assertEquals(403, fourEyes.getCode(), "the submitter cannot approve: " + fourEyes.getResponseBody());
        Sip approved = sipsAsCio.approveSip(sip.getId(), new ApproveRequest().note("Approved for the CAB"), null);
        assertEquals(SipStatus.APPROVED, approved.getStatus());
        assertEquals("cio@example.com", approved.getApprovedBy());

        // A refusal reaches the client as the documented problem: approving twice is a 409.
        var conflict = assertThrows(org.csi.client.sip.ApiException.class,
                () -> sipsAsCio.approveSip(sip.getId(), new ApproveRequest(), null));
        assertEquals(409, conflict.getCode());
        assertTrue(conflict.getResponseHeaders().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"), "a problem+json body");

        // Communication: the stakeholders were told, and the generated client reads what they were told.
        List<Communication> told = await().atMost(EVENTUAL).until(() -> communications.listCommunications(null,
                Channel.EMAIL, null, id, 0, 50, CommunicationStatus.DELIVERED).getItems(),
                found -> found.stream().map(Communication::getSourceEventType).collect(Collectors.toSet())
                        .containsAll(List.of("csi.target.missed", "csi.sip.drafted")));
        Communication missed = told.stream().filter(c -> "csi.target.missed".equals(c.getSourceEventType()))
                .findFirst().orElseThrow();
        assertNotNull(missed.getSections());
        assertTrue(missed.getRecipients().contains("owners-" + service), missed.getRecipients());
        System.out.printf("[figures] generated-client cycle: %d communications sent for the initiative%n", told.size());
    }

    private Sip sipFor(UUID initiativeId, UUID objectiveId) throws org.csi.client.sip.ApiException {
        return sips.listSips(initiativeId, null, null, 0, null, null, null, 100, null, null).getItems().stream()
                .filter(s -> objectiveId.equals(s.getObjectiveId())).findFirst().orElse(null);
    }

    private ObjectiveRequest objective(String name, String kpi, String baseline, String target, Direction direction,
            String tolerance) {
        return new ObjectiveRequest().name(name).kpiKey(kpi).service(service).baselineValue(new BigDecimal(baseline))
                .targetValue(new BigDecimal(target)).direction(direction).tolerance(new BigDecimal(tolerance))
                .horizon(Horizon.SHORT_TERM).dueDate(LocalDate.now().plusMonths(3));
    }

    private MeasurementRequest measurement(String kpi, String value, OffsetDateTime at, int n) {
        return new MeasurementRequest().kpiKey(kpi).service(service).value(new BigDecimal(value)).measuredAt(at)
                .sourceSystem("itsm").sourceId(service + "-" + n);
    }

    private static Consumer<HttpRequest.Builder> as(String subject, String role) {
        return request -> request.header("Authorization", "Bearer " + TestTokens.forSubject(subject, role));
    }

    private org.csi.client.initiative.ApiClient initiativeClient() {
        return new org.csi.client.initiative.ApiClient(HttpClient.newBuilder(),
                org.csi.client.initiative.ApiClient.createDefaultObjectMapper(), suite.url("initiative-service"))
                .setRequestInterceptor(bearer);
    }
}
