package org.csi.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.client.assessment.api.MeasurementsApi;
import org.csi.client.assessment.api.RealisationApi;
import org.csi.client.assessment.api.ServiceGapModelApi;
import org.csi.client.assessment.model.BulkMeasurementRequest;
import org.csi.client.assessment.model.MeasurementRequest;
import org.csi.client.assessment.model.PerceptionResponseRequest;
import org.csi.client.assessment.model.Realisation;
import org.csi.client.assessment.model.RespondentType;
import org.csi.client.assessment.model.ServiceGapModel;
import org.csi.client.assessment.model.ServiceGapModelGap;
import org.csi.client.assessment.model.ServiceGapModelLine;
import org.csi.client.assessment.model.ServiceLevel;
import org.csi.client.assessment.model.ServiceLevels;
import org.csi.client.assessment.model.ServiceLevelsRequest;
import org.csi.client.assessment.model.ServqualDimension;
import org.csi.client.assessment.model.ServqualRating;
import org.csi.client.initiative.api.IdeasApi;
import org.csi.client.initiative.api.InitiativesApi;
import org.csi.client.initiative.model.AttachIdeaRequest;
import org.csi.client.initiative.model.CloseRequest;
import org.csi.client.initiative.model.FocusArea;
import org.csi.client.initiative.model.Idea;
import org.csi.client.initiative.model.IdeaLink;
import org.csi.client.initiative.model.IdeaRequest;
import org.csi.client.initiative.model.IdeaSource;
import org.csi.client.initiative.model.IdeaStatus;
import org.csi.client.initiative.model.Initiative;
import org.csi.client.initiative.model.InitiativeOutcome;
import org.csi.client.initiative.model.InitiativeRequest;
import org.csi.client.initiative.model.InitiativeStatus;
import org.csi.client.initiative.model.InitiativeValue;
import org.csi.client.initiative.model.OutcomeCategory;
import org.csi.client.initiative.model.PromoteIdeaRequest;
import org.csi.client.initiative.model.RegisterValue;
import org.csi.client.initiative.model.RejectIdeaRequest;
import org.csi.client.initiative.model.Score;
import org.csi.client.initiative.model.ScorePart;
import org.csi.client.initiative.model.ValueTotal;
import org.csi.client.sip.api.SipsApi;
import org.csi.client.sip.model.ActionPatch;
import org.csi.client.sip.model.ActionRequest;
import org.csi.client.sip.model.ActionStatus;
import org.csi.client.sip.model.ApproveRequest;
import org.csi.client.sip.model.ChangeRequest;
import org.csi.client.sip.model.ChangeRequestBody;
import org.csi.client.sip.model.CompleteRequest;
import org.csi.client.sip.model.Money;
import org.csi.client.sip.model.Sip;
import org.csi.client.sip.model.SipAction;
import org.csi.client.sip.model.SipPatch;
import org.csi.client.sip.model.SipRequest;
import org.csi.client.sip.model.SipStatus;
import org.csi.client.sip.model.TransitionRequest;
import org.csi.events.CsiTopics;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17's model (typed value, ITSM references, the ranked register, ideas, service commitments and the gap model,
 * a SIP's realisation) driven only through the Java clients openapi-generator 7.25.0 generated from the services' own
 * OpenAPI documents, as {@link GeneratedClientCycleIT} drives the CSI cycle. Every request here is what the generated
 * client builds from the documented schema (including the empty lists it sends for every list it was not given), so
 * a server that refuses a correct client request, or a document the generator cannot express, fails this test.
 */
@ExtendWith(RunningSuite.class)
class GeneratedClientModelIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSuite.Suite suite = RunningSuite.get();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String service = "mail-" + tag;

    private final InitiativesApi initiatives = new InitiativesApi(initiativeClient(as("maria.keller@example.com",
            "csi-admin")));
    private final IdeasApi ideasAsViewer = new IdeasApi(initiativeClient(as("viewer-" + tag + "@example.com",
            "csi-viewer")));
    private final IdeasApi ideasAsAnalyst = new IdeasApi(initiativeClient(as("analyst-" + tag + "@example.com",
            "csi-analyst")));
    private final IdeasApi ideasAsManager = new IdeasApi(initiativeClient(as("cio@example.com", "csi-manager")));
    private final SipsApi sips = new SipsApi(sipClient(as("maria.keller@example.com", "csi-admin")));
    /** Four-eyes: the approver is another person than the submitter. */
    private final SipsApi sipsAsCio = new SipsApi(sipClient(as("cio@example.com", "csi-manager")));
    private final MeasurementsApi measurements = new MeasurementsApi(assessmentClient(as("itsm", "csi-integration")));
    private final SipsApi sipsAsItsmTool = new SipsApi(sipClient(as("itsm", "csi-integration")));
    private final ServiceGapModelApi gapModel = new ServiceGapModelApi(assessmentClient(as("maria.keller@example.com",
            "csi-admin")));
    private final RealisationApi realisation = new RealisationApi(assessmentClient(as("maria.keller@example.com",
            "csi-admin")));

    @Test
    void initiativeWithValueReferencesScoreAndIdeasThroughGeneratedClients() throws Exception {
        String problem = "PRB" + tag;
        String incident = "INC" + tag;
        RegisterValue registerBefore = initiatives.getRegisterValue(null);

        // typed expected benefits, ratings and ITSM references on create
        Initiative created = initiatives.createInitiative(new InitiativeRequest()
                .title("Cut e-mail outages (generated client)").vision("No e-mail outage longer than an hour")
                .focusAreas(List.of(FocusArea.SERVICE_QUALITY)).services(List.of(service))
                .owner("maria.keller@example.com").reviewCadence("P30D")
                .benefitRating(5).effortRating(2).riskRating(2)
                .expectedBenefits(List.of(
                        new org.csi.client.initiative.model.Benefit()
                                .kind(org.csi.client.initiative.model.BenefitKind.MONEY_PER_YEAR)
                                .amount(new BigDecimal("120000")).currency("EUR").note("fewer lost hours"),
                        new org.csi.client.initiative.model.Benefit()
                                .kind(org.csi.client.initiative.model.BenefitKind.HOURS_SAVED_PER_MONTH)
                                .amount(new BigDecimal("40"))))
                .references(List.of(initiativeRef(org.csi.client.initiative.model.ItsmType.PROBLEM, problem),
                        initiativeRef(org.csi.client.initiative.model.ItsmType.INCIDENT, incident))),
                "create-" + tag);
        UUID id = created.getId();
        assertEquals(2, created.getExpectedBenefits().size());
        assertEquals(List.of("servicenow:problem:" + problem, "servicenow:incident:" + incident),
                created.getReferences().stream().map(org.csi.client.initiative.model.ItsmReference::getRef).toList());

        // add a reference (201, then 200 when already there) and remove one
        var added = initiatives.addInitiativeReferenceWithHttpInfo(id,
                initiativeRef(org.csi.client.initiative.model.ItsmType.KNOWLEDGE, "KB" + tag));
        assertEquals(201, added.getStatusCode());
        assertEquals(3, added.getData().getReferences().size());
        assertEquals(200, initiatives.addInitiativeReferenceWithHttpInfo(id,
                initiativeRef(org.csi.client.initiative.model.ItsmType.KNOWLEDGE, "KB" + tag)).getStatusCode());
        Initiative removed = initiatives.removeInitiativeReference(id, "servicenow:incident:" + incident);
        assertEquals(2, removed.getReferences().size());

        // an update that does not name references or benefits keeps them ("left out, they stay")
        var read = initiatives.getInitiativeWithHttpInfo(id);
        Initiative updated = initiatives.updateInitiative(id, new InitiativeRequest().title(created.getTitle())
                .vision("No e-mail outage longer than 30 minutes").focusAreas(created.getFocusAreas())
                .services(created.getServices()).owner(created.getOwner()).reviewCadence(created.getReviewCadence())
                .benefitRating(5).effortRating(2).riskRating(2), header(read.getHeaders(), "etag"));
        assertEquals(2, updated.getReferences().size(), "references kept by an update that leaves them out");
        assertEquals(2, updated.getExpectedBenefits().size(), "benefits kept by an update that leaves them out");

        // the ref filter finds it by its problem, no more by the removed incident
        assertEquals(List.of(id), initiatives.listInitiatives(null, null, 0, "servicenow:problem:" + problem, 50,
                null, null).getItems().stream().map(Initiative::getId).toList());
        assertEquals(0, initiatives.listInitiatives(null, null, 0, "servicenow:incident:" + incident, 50, null, null)
                .getTotalItems());

        // ranked by score, highest first; the score explains itself and its parts add up
        List<Initiative> ranked = initiatives.listInitiatives(null, null, 0, null, 200, "score",
                InitiativeStatus.ACTIVE).getItems();
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).getScore().getScore().compareTo(ranked.get(i).getScore().getScore()) >= 0,
                    "sort=score is highest first");
        }
        Score score = ranked.stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow().getScore();
        assertEquals(4, score.getParts().size());
        ScorePart benefit = score.getParts().stream()
                .filter(p -> p.getAspect() == org.csi.client.initiative.model.Aspect.BENEFIT).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("5").compareTo(benefit.getRating()));
        assertEquals(org.csi.client.initiative.model.Basis.RATED, benefit.getBasis());
        BigDecimal sum = score.getParts().stream().map(ScorePart::getContribution).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertEquals(0, sum.setScale(1, java.math.RoundingMode.HALF_UP).compareTo(score.getScore()),
                "the contributions add up to the score: " + score);

        // ideas: a read role submits, others vote, once each
        Idea idea = ideasAsViewer.submitIdea(new IdeaRequest().title("Tell users about outages " + tag)
                .description("A status page for e-mail").source(IdeaSource.STAFF)
                .focusAreas(List.of(FocusArea.CUSTOMER_SATISFACTION)), null);
        assertEquals("viewer-" + tag + "@example.com", idea.getSubmittedBy());
        assertEquals(IdeaStatus.SUBMITTED, idea.getStatus());
        var firstVote = ideasAsAnalyst.voteForIdeaWithHttpInfo(idea.getId());
        assertEquals(201, firstVote.getStatusCode());
        assertEquals(1, firstVote.getData().getVotes());
        // a second vote by the same caller is documented as 200 "nothing changed", not a problem
        var again = ideasAsAnalyst.voteForIdeaWithHttpInfo(idea.getId());
        assertEquals(200, again.getStatusCode());
        assertEquals(1, again.getData().getVotes());
        assertEquals(2, ideasAsViewer.voteForIdea(idea.getId()).getVotes());

        // a manager attaches it to the initiative, which lists it
        Idea attached = ideasAsManager.attachIdea(idea.getId(),
                new AttachIdeaRequest().initiativeId(id).note("Part of the e-mail initiative"));
        assertEquals(IdeaStatus.ATTACHED, attached.getStatus());
        assertEquals(id, attached.getInitiativeId());
        assertEquals("cio@example.com", attached.getDecidedBy());
        List<IdeaLink> linked = initiatives.getInitiative(id).getIdeas();
        assertEquals(List.of(idea.getId()), linked.stream().map(IdeaLink::getId).toList());
        assertEquals(2, linked.get(0).getVotes());

        // a customer's survey comment promoted into an initiative of its own (left-out fields come from the idea)
        Idea comment = ideasAsAnalyst.submitIdea(new IdeaRequest().title("Answer survey comments " + tag)
                .source(IdeaSource.CUSTOMER_SURVEY).surveyReference("SURV-" + tag)
                .focusAreas(List.of(FocusArea.CUSTOMER_SATISFACTION)), "idea-" + tag);
        var promoted = ideasAsManager.promoteIdeaWithHttpInfo(comment.getId(),
                new PromoteIdeaRequest().owner("maria.keller@example.com").benefitRating(4));
        assertEquals(201, promoted.getStatusCode());
        Initiative fromIdea = promoted.getData();
        assertEquals("Answer survey comments " + tag, fromIdea.getTitle());
        assertEquals(List.of(FocusArea.CUSTOMER_SATISFACTION), fromIdea.getFocusAreas());
        assertEquals(List.of(comment.getId()), fromIdea.getIdeas().stream().map(IdeaLink::getId).toList());
        assertEquals(IdeaStatus.PROMOTED, ideasAsViewer.getIdea(comment.getId()).getStatus());

        // a decided idea takes no votes: a documented 409, as problem+json the client can read
        var closedForVotes = assertThrows(org.csi.client.initiative.ApiException.class,
                () -> ideasAsViewer.voteForIdea(comment.getId()));
        assertProblem(409, "urn:csi:problem:conflict", closedForVotes.getCode(),
                closedForVotes.getResponseHeaders().firstValue("Content-Type").orElse(""),
                closedForVotes.getResponseBody());

        Idea third = ideasAsViewer.submitIdea(new IdeaRequest().title("Buy a bigger mail server " + tag)
                .source(IdeaSource.SERVICE_DESK), null);
        assertEquals(IdeaStatus.REJECTED, ideasAsManager.rejectIdea(third.getId(),
                new RejectIdeaRequest().reason("Capacity is not the cause")).getStatus());
        List<UUID> submitted = ideasAsViewer.listIdeas(0, 200, "newest", IdeaStatus.REJECTED).getItems().stream()
                .map(Idea::getId).toList();
        assertTrue(submitted.contains(third.getId()));

        // close with an outcome; the register totals the value
        Initiative closed = initiatives.closeInitiative(id, new CloseRequest().reason("Outages down to one a year")
                .outcome(InitiativeOutcome.SUCCESSFUL).outcomeCategory(OutcomeCategory.COST_REDUCTION), null);
        assertEquals(InitiativeStatus.CLOSED, closed.getStatus());
        assertEquals(InitiativeOutcome.SUCCESSFUL, closed.getOutcome());
        assertEquals(OutcomeCategory.COST_REDUCTION, closed.getOutcomeCategory());

        InitiativeValue value = initiatives.getInitiativeValue(id);
        assertNotNull(value);
        RegisterValue registerAfter = initiatives.getRegisterValue(null);
        assertTrue(registerAfter.getInitiatives() >= registerBefore.getInitiatives() + 2, registerAfter.toString());
        BigDecimal moneyBefore = initiativeExpected(registerBefore, "MONEY_PER_YEAR", "EUR");
        BigDecimal moneyAfter = initiativeExpected(registerAfter, "MONEY_PER_YEAR", "EUR");
        assertTrue(moneyAfter.subtract(moneyBefore).compareTo(new BigDecimal("120000")) >= 0,
                "the register totals the initiative's 120000 EUR a year: " + moneyBefore + " -> " + moneyAfter);
        RegisterValue closedOnly = initiatives.getRegisterValue("CLOSED");
        assertTrue(initiativeExpected(closedOnly, "MONEY_PER_YEAR", "EUR").compareTo(new BigDecimal("120000")) >= 0,
                closedOnly.toString());
        System.out.printf("[figures] generated-client model: register %d initiatives, EUR/year expected %s -> %s%n",
                registerAfter.getInitiatives(), moneyBefore, moneyAfter);
    }

    @Test
    void sipWithValueReferencesChangeRequestAndRealisationThroughGeneratedClients() throws Exception {
        String problem = "servicenow:problem:PRB" + tag;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // the KPI before the SIP: 8 hours to restore a mailbox
        measurements.recordMeasurementsInBulk(new BulkMeasurementRequest().measurements(List.of(
                mttr("8", now.minusDays(10), "b1"), mttr("8", now.minusDays(5), "b2"))));

        Sip created = sips.createSip(new SipRequest().title("Restore mailboxes in 4 hours (generated client)")
                .service(service).kpiKey("incident.mttr.hours").unit("hours")
                .baselineValue(new BigDecimal("8")).targetValue(new BigDecimal("4")).actualValue(new BigDecimal("8"))
                .direction(org.csi.client.sip.model.Direction.LOWER_IS_BETTER).owner("maria.keller@example.com")
                .benefitRating(4).effortRating(3)
                .expectedBenefits(List.of(money("50000")))
                .cost(new Money().amount(new BigDecimal("20000")).currency("EUR"))
                .effortPersonDays(new BigDecimal("30"))
                .references(List.of(sipRef(org.csi.client.sip.model.ItsmType.PROBLEM, "PRB" + tag)))
                .actions(List.of(new ActionRequest().description("Automate the mailbox restore")
                        .dueDate(LocalDate.now().plusMonths(1)))), "sip-" + tag);
        UUID id = created.getId();
        assertEquals(SipStatus.DRAFT, created.getStatus());
        assertEquals(0, new BigDecimal("2.5").compareTo(created.getExpectedRoi()), "50000 / 20000");
        assertNull(created.getRealisedRoi());
        assertNotNull(created.getScore());
        assertEquals(4, created.getScore().getParts().size());

        // the ref filter, and the ranked list
        assertEquals(List.of(id), sips.listSips(null, null, null, 0, null, problem, null, 50, null, null).getItems()
                .stream().map(Sip::getId).toList());
        List<Sip> ranked = sips.listSips(null, null, null, 0, null, null, null, 200, "score", null).getItems();
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).getScore().getScore().compareTo(ranked.get(i).getScore().getScore()) >= 0,
                    "sort=score is highest first");
        }

        // a PATCH of one field through the generated client keeps what it did not mean to change
        Sip patched = sips.updateSip(id, new SipPatch().description("Raised from problem PRB" + tag),
                etag(created.getVersion()));
        assertEquals(1, patched.getReferences().size(), "references kept by a one-field PATCH: " + patched);
        assertEquals(1, patched.getExpectedBenefits().size(), "benefits kept by a one-field PATCH: " + patched);

        // an action asks for a change: csi.change.requested on the broker, PENDING until the ITSM tool links back
        SipAction action = patched.getActions().get(0);
        Sip requested;
        try (TopicProbe broker = TopicProbe.fromNow(suite.stack().bootstrapServers(), CsiTopics.SIPS)) {
            requested = sips.requestSipActionChange(action.getId(), id,
                    new ChangeRequestBody().note("Standard change for the restore script"), "change-" + tag);
            List<ConsumerRecord<String, String>> events = broker.await(r -> "csi.change.requested".equals(
                    TopicProbe.header(r, "ce_type")) && action.getId().toString().equals(
                    TopicProbe.header(r, "ce_subject")), 1, EVENTUAL);
            assertEquals(1, events.size(), "one csi.change.requested");
            ContractCheck.assertConforms(events);
            JsonNode payload = JSON.readTree(events.get(0).value());
            JsonNode data = payload.has("data") ? payload.get("data") : payload;
            assertEquals(id.toString(), data.path("sipId").asText());
            assertEquals("maria.keller@example.com", data.path("actor").asText());
        }
        ChangeRequest pending = requested.getActions().get(0).getChangeRequest();
        assertEquals(ChangeRequest.StatusEnum.PENDING, pending.getStatus());
        var twice = assertThrows(org.csi.client.sip.ApiException.class, () -> sips.requestSipActionChange(
                action.getId(), id, new ChangeRequestBody(), null));
        assertProblem(409, "urn:csi:problem:conflict", twice.getCode(),
                twice.getResponseHeaders().firstValue("Content-Type").orElse(""), twice.getResponseBody());
        // the ITSM tool links the change it raised back to the action, with its own csi-integration token
        Sip linked = sipsAsItsmTool.addSipActionReference(action.getId(), id,
                sipRef(org.csi.client.sip.model.ItsmType.CHANGE, "CHG" + tag));
        assertEquals(ChangeRequest.StatusEnum.LINKED, linked.getActions().get(0).getChangeRequest().getStatus());

        // through its lifecycle; the action done with a one-field PATCH keeps the change it links
        sips.submitSip(id, new TransitionRequest(), null);
        sipsAsCio.approveSip(id, new ApproveRequest().note("CAB approved"), null);
        Sip started = sips.startSip(id, new TransitionRequest(), null);
        SipAction open = started.getActions().get(0);
        Sip done = sips.updateSipAction(open.getId(), id, new ActionPatch().status(ActionStatus.DONE),
                etag(open.getVersion()));
        assertEquals(1, done.getActions().get(0).getReferences().size(),
                "the action keeps its CHANGE reference: " + done.getActions().get(0));
        Sip completed = sips.completeSip(id, new CompleteRequest().resultNote("Restore scripted")
                .realisedBenefits(List.of(money("60000"))), null);
        assertEquals(SipStatus.COMPLETED, completed.getStatus());
        assertEquals(0, new BigDecimal("3").compareTo(completed.getRealisedRoi()), "60000 / 20000");
        assertEquals(0, new BigDecimal("2.5").compareTo(sips.getSip(id).getExpectedRoi()));

        // realisation: unknown SIPs are a 404 problem; this one is re-measured from the KPI once it moved
        var unknown = assertThrows(org.csi.client.assessment.ApiException.class,
                () -> realisation.getSipRealisation(UUID.randomUUID()));
        assertProblem(404, "urn:csi:problem:not-found", unknown.getCode(),
                unknown.getResponseHeaders().firstValue("Content-Type").orElse(""), unknown.getResponseBody());
        OffsetDateTime after = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1);
        measurements.recordMeasurement(mttr("5", after, "a1"));
        Realisation realised = await().atMost(EVENTUAL).ignoreException(org.csi.client.assessment.ApiException.class)
                .until(() -> realisation.getSipRealisation(id), r -> r.getAfterCount() != null
                        && r.getAfterCount() == 1);
        assertEquals(0, new BigDecimal("8").compareTo(realised.getBeforeMean()));
        assertEquals(2, realised.getBeforeCount());
        assertEquals(0, new BigDecimal("5").compareTo(realised.getAfterMean()));
        assertEquals(0, new BigDecimal("0.75").compareTo(realised.getEffectiveness()), "gap 4 closed to 1");
        assertEquals(0, new BigDecimal("3").compareTo(realised.getRealisedRoi()));
        System.out.printf("[figures] generated-client model: SIP expected ROI %s, realised ROI %s, effectiveness %s%n",
                created.getExpectedRoi(), completed.getRealisedRoi(), realised.getEffectiveness());
    }

    @Test
    void serviceCommitmentsAndGapModelThroughGeneratedClients() throws Exception {
        var none = assertThrows(org.csi.client.assessment.ApiException.class,
                () -> gapModel.getServiceSpecifications(service));
        assertEquals(404, none.getCode());

        ServiceLevelsRequest specification = new ServiceLevelsRequest().levels(List.of(
                new ServiceLevel().dimension(ServqualDimension.RELIABILITY).value(new BigDecimal("6")),
                new ServiceLevel().kpiKey("incident.mttr.hours").value(new BigDecimal("4")).unit("hours")
                        .direction(org.csi.client.assessment.model.Direction.LOWER_IS_BETTER)
                        .tolerance(new BigDecimal("0.5"))));
        var first = gapModel.setServiceSpecificationsWithHttpInfo(service, specification, null);
        assertEquals(200, first.getStatusCode());
        assertEquals(2, first.getData().getLevels().size());
        // after the first time, If-Match is required: 428 without, and the ETag read back works
        var withoutIfMatch = assertThrows(org.csi.client.assessment.ApiException.class,
                () -> gapModel.setServiceSpecifications(service, specification, null));
        assertEquals(428, withoutIfMatch.getCode());
        var read = gapModel.getServiceSpecificationsWithHttpInfo(service);
        String etag = header(read.getHeaders(), "etag");
        ServiceLevels second = gapModel.setServiceSpecifications(service, specification, etag);
        assertTrue(second.getVersion() > read.getData().getVersion());
        var stale = assertThrows(org.csi.client.assessment.ApiException.class,
                () -> gapModel.setServiceSpecifications(service, specification, etag));
        assertEquals(412, stale.getCode());

        // what was promised to customers
        ServiceLevels promises = gapModel.setServicePromises(service, new ServiceLevelsRequest().levels(List.of(
                new ServiceLevel().dimension(ServqualDimension.RELIABILITY).value(new BigDecimal("7"))
                        .note("catalogue: always available"))), null);
        assertEquals("maria.keller@example.com", promises.getUpdatedBy());
        assertEquals(1, gapModel.getServicePromises(service).getLevels().size());

        // what customers and management say, and what the KPI does
        gapModel.recordPerceptionResponse(service, new PerceptionResponseRequest().respondentType(RespondentType.CUSTOMER)
                .respondent("panel " + tag).ratings(Map.of("RELIABILITY",
                        new ServqualRating().expectation(7).perception(4))), null);
        gapModel.recordPerceptionResponse(service, new PerceptionResponseRequest().respondentType(RespondentType.PROVIDER)
                .ratings(Map.of("RELIABILITY", new ServqualRating().expectation(6).specification(5))), null);
        measurements.recordMeasurement(mttr("6", OffsetDateTime.now(ZoneOffset.UTC), "gm1"));

        ServiceGapModel model = await().atMost(EVENTUAL).until(() -> gapModel.getServiceGapModel(service),
                m -> line(m, 3, "incident.mttr.hours") != null && line(m, 3, "incident.mttr.hours").getActual() != null);
        assertEquals(List.of(1, 2, 3, 4, 5), model.getGaps().stream().map(ServiceGapModelGap::getGapNumber).toList());
        model.getGaps().forEach(gap -> {
            assertNotNull(gap.getLifecycleStage(), "gap " + gap.getGapNumber());
            assertNotNull(gap.getPerspective(), "gap " + gap.getGapNumber());
        });
        ServiceGapModelLine kpi = line(model, 3, "incident.mttr.hours");
        assertEquals(0, new BigDecimal("4").compareTo(kpi.getReference()));
        assertEquals(0, new BigDecimal("6").compareTo(kpi.getActual()));
        assertTrue(kpi.getOpen(), "6 hours against 4 (tolerance 0.5) is open: " + kpi);
        ServiceGapModelLine promised = line(model, 4, "RELIABILITY");
        assertNotNull(promised, "gap 4 compares the promise with what customers perceive: " + model);
        assertEquals(0, new BigDecimal("7").compareTo(promised.getReference()));
        assertEquals(second.getVersion(), model.getSpecificationVersion());
        assertEquals(promises.getVersion(), model.getPromiseVersion());
    }

    private static ServiceGapModelLine line(ServiceGapModel model, int gap, String subject) {
        return model.getGaps().stream().filter(g -> g.getGapNumber() == gap).flatMap(g -> g.getLines().stream())
                .filter(l -> subject.equals(l.getKpiKey()) || subject.equals(l.getDimension())
                        || subject.equals(l.getSubject()))
                .findFirst().orElse(null);
    }

    private static void assertProblem(int status, String type, int code, String contentType, String body)
            throws Exception {
        assertEquals(status, code, body);
        assertTrue(contentType.startsWith("application/problem+json"), contentType);
        assertEquals(type, JSON.readTree(body).path("type").asText(), body);
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    private static String etag(Long version) {
        return "\"" + version + "\"";
    }

    private static BigDecimal initiativeExpected(RegisterValue value, String kind, String currency) {
        return value.getTotals().stream()
                .filter(t -> t.getKind().getValue().equals(kind) && currency.equals(t.getCurrency()))
                .map(ValueTotal::getInitiativeExpected).filter(java.util.Objects::nonNull)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    private MeasurementRequest mttr(String value, OffsetDateTime at, String n) {
        return new MeasurementRequest().kpiKey("incident.mttr.hours").service(service).value(new BigDecimal(value))
                .unit("hours").measuredAt(at).sourceSystem("itsm").sourceId(service + "-" + n);
    }

    private static org.csi.client.sip.model.Benefit money(String amount) {
        return new org.csi.client.sip.model.Benefit().kind(org.csi.client.sip.model.BenefitKind.MONEY_PER_YEAR)
                .amount(new BigDecimal(amount)).currency("EUR");
    }

    private static org.csi.client.initiative.model.ItsmReferenceRequest initiativeRef(
            org.csi.client.initiative.model.ItsmType type, String id) {
        return new org.csi.client.initiative.model.ItsmReferenceRequest().system("servicenow").type(type).id(id)
                .url("https://example.service-now.com/nav_to.do?uri=" + id).title(type + " " + id);
    }

    private static org.csi.client.sip.model.ItsmReferenceRequest sipRef(org.csi.client.sip.model.ItsmType type,
            String id) {
        return new org.csi.client.sip.model.ItsmReferenceRequest().system("servicenow").type(type).id(id)
                .url("https://example.service-now.com/nav_to.do?uri=" + id).title(type + " " + id);
    }

    private static Consumer<HttpRequest.Builder> as(String subject, String role) {
        return request -> request.header("Authorization", "Bearer " + TestTokens.forSubject(subject, role));
    }

    private org.csi.client.initiative.ApiClient initiativeClient(Consumer<HttpRequest.Builder> caller) {
        return new org.csi.client.initiative.ApiClient(HttpClient.newBuilder(),
                org.csi.client.initiative.ApiClient.createDefaultObjectMapper(), suite.url("initiative-service"))
                .setRequestInterceptor(caller);
    }

    private org.csi.client.sip.ApiClient sipClient(Consumer<HttpRequest.Builder> caller) {
        return new org.csi.client.sip.ApiClient(HttpClient.newBuilder(),
                org.csi.client.sip.ApiClient.createDefaultObjectMapper(), suite.url("sip-service"))
                .setRequestInterceptor(caller);
    }

    private org.csi.client.assessment.ApiClient assessmentClient(Consumer<HttpRequest.Builder> caller) {
        return new org.csi.client.assessment.ApiClient(HttpClient.newBuilder(),
                org.csi.client.assessment.ApiClient.createDefaultObjectMapper(), suite.url("assessment-service"))
                .setRequestInterceptor(caller);
    }
}
