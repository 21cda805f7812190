package org.csi.console.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The four services' answers as the console reads them: only the fields a page shows (unknown fields are ignored, so a
 * service may add fields without breaking the console). Names and meanings are those of each service's OpenAPI
 * document.
 */
public final class Views {

    private Views() {
    }

    /** One page of a list endpoint. */
    public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
        public static <T> Page<T> empty() {
            return new Page<>(List.of(), 0, 0, 0, 0);
        }
    }

    public record Stakeholder(String name, String email, String role) {
    }

    public record Initiative(String id, String title, String vision, List<String> focusAreas, String approach,
            String lifecyclePhase, List<String> services, List<String> processes, String owner,
            List<Stakeholder> stakeholders, String reviewCadence, int cycle, String status, Integer version,
            String createdAt, String updatedAt,
            // issue 17: links, ranking, ideas, value
            List<Reference> references, Score score, List<IdeaLink> ideas, List<Benefit> expectedBenefits,
            String outcome, String outcomeCategory) {
    }

    public record SipOutcome(String sipId, String title, String status, String changedBy, String changedAt,
            String note) {
    }

    public record Objective(String id, String initiativeId, int cycle, String name, String kpiKey, String service,
            String unit, BigDecimal baselineValue, BigDecimal targetValue, String direction, BigDecimal tolerance,
            String horizon, String dueDate, String carriedOverFrom, String status, BigDecimal lastActualValue,
            String lastReviewedAt, List<SipOutcome> sips,
            // issue 17: links and the regression watch
            List<Reference> references, RegressionWatch regressionWatch) {
    }

    public record CheckpointResult(String objectiveId, String objectiveName, String kpiKey, String service,
            BigDecimal baselineValue, BigDecimal targetValue, BigDecimal tolerance, String direction,
            BigDecimal actualValue, String measuredAt, String status) {
    }

    public record Checkpoint(String id, String initiativeId, int cycle, String origin, String dueAt, String status,
            String note, String reviewedAt, String reviewedBy, String reviewedOnBehalfOf, String wentWell,
            String wentWrong, List<CheckpointResult> results) {
    }

    public record Cycle(String initiativeId, int cycle, String vision, String startedAt, String endedAt) {
    }

    public record ProgressSummary(int achieved, int missed, int noData, int notReviewed) {
        public static final ProgressSummary NONE = new ProgressSummary(0, 0, 0, 0);
    }

    public record Progress(String initiativeId, int cycle, int currentCycle, ProgressSummary summary) {
    }

    public record Measurement(String id, String kpiKey, String service, BigDecimal value, String unit,
            String measuredAt, String sourceSystem) {
    }

    public record MaturityAssessment(String id, String process, String service, String model, String assessmentType,
            String assessor, String assessedOn, Map<String, Integer> levels, Integer overallLevel,
            Integer targetLevel) {
    }

    public record Practice(String id, String process, String service, String name, String formality,
            boolean documented, String owner) {
    }

    public record KpiValue(String kpiKey, BigDecimal value, String unit, String measuredAt) {
    }

    public record Baseline(String id, String name, String service, String asOf, List<KpiValue> kpis) {
    }

    public record KpiGap(String objectiveId, String name, String service, String kpiKey, String unit,
            String direction, BigDecimal baselineValue, BigDecimal targetValue, BigDecimal currentValue,
            BigDecimal gapSize, String status, String trend) {
    }

    public record MaturityGap(String process, String service, Integer currentLevel, Integer targetLevel,
            Integer gapSize, String status, String trend) {
    }

    public record GapAnalysis(String initiativeId, List<KpiGap> kpis, List<MaturityGap> maturity) {
        public static final GapAnalysis NONE = new GapAnalysis(null, List.of(), List.of());
    }

    public record ServiceGapDimension(String dimension, int customerRespondents, BigDecimal meanExpectation,
            BigDecimal meanPerception, BigDecimal gap5, int providerRespondents, BigDecimal meanProviderExpectation,
            BigDecimal meanSpecification, BigDecimal gap1, boolean gap5BeyondThreshold, boolean gap1BeyondThreshold) {
    }

    public record ServiceGaps(String service, int customerRespondents, int providerRespondents,
            BigDecimal unweightedGap5, BigDecimal weightedGap5, BigDecimal threshold,
            List<ServiceGapDimension> dimensions) {
    }

    public record ProfileFinding(String rule, String subject, String detail, BigDecimal severity) {
    }

    // Service Gap model, all five gaps (assessment-service GET /services/{service}/gap-model)
    public record ServiceGapModel(String service, BigDecimal threshold, int customerRespondents,
            int providerRespondents, Long specificationVersion, Long promiseVersion, List<ServiceGapModelGap> gaps) {
    }

    public record ServiceGapModelGap(int gapNumber, String gapKind, String compares, String reference, String actual,
            String lifecycleStage, String perspective, int open, List<ServiceGapModelLine> lines) {
    }

    public record ServiceGapModelLine(String subject, String dimension, String kpiKey, String unit,
            BigDecimal reference, BigDecimal actual, BigDecimal gap, BigDecimal shortfall, BigDecimal tolerance,
            String direction, boolean open) {
    }

    public record ServiceProfile(String service, List<ProfileFinding> strengths, List<ProfileFinding> weaknesses,
            List<ProfileFinding> risks, List<ProfileFinding> priorities) {
    }

    public record SipAction(String id, String description, String owner, String dueDate, String status,
            boolean overdue,
            // issue 17: links and the change asked for
            List<Reference> references, ChangeRequest changeRequest) {
    }

    public record Sip(String id, String title, String description, String origin, String gapKind, String initiativeId,
            String initiativeTitle, int cycle, String objectiveId, String service, String process, String kpiKey,
            String dimension, String unit, BigDecimal baselineValue, BigDecimal targetValue, BigDecimal actualValue,
            BigDecimal gapSize, String owner, String priority, String expectedBenefit, String status,
            String targetCompletionDate, boolean overdue, BigDecimal progress, List<SipAction> actions,
            String createdBy, String approvedBy, String resultNote, int version, String createdAt,
            // issue 17: links, ranking, regressions, value
            List<Reference> references, Score score, String previousSipId, List<Benefit> expectedBenefits,
            Money cost, BigDecimal effortPersonDays, List<Benefit> realisedBenefits, BigDecimal expectedRoi,
            BigDecimal realisedRoi) {
    }

    public record Communication(String id, String initiativeId, String sourceEventType, String audience,
            String audienceKind, String channel, String recipients, String subject, Map<String, String> sections,
            String status, int attempts, String lastError, String createdAt, String deliveredAt) {
    }

    public record Subscription(String id, String url, List<String> eventTypes, String description, boolean enabled,
            int consecutiveFailures, String createdAt, String disabledAt) {
    }

    public record Delivery(String id, String eventId, String eventType, String status, int attempts,
            Integer lastStatusCode, String lastError, String nextAttemptAt, String createdAt, String deliveredAt) {
    }

    // --- issue 17: value, regressions, ITSM links, ranking, ideas ---

    /** A typed benefit: kind MONEY_PER_YEAR (with currency), HOURS_SAVED_PER_MONTH, RISK_REDUCTION, ... */
    public record Benefit(String kind, BigDecimal amount, String currency, String note) {
    }

    public record Money(BigDecimal amount, String currency) {
    }

    /** A record in an ITSM tool; {@code ref} is system:type:id, as the ref filters take it. */
    public record Reference(String system, String type, String id, String url, String title, String ref) {
    }

    public record ChangeRequest(String requestId, String status, String requestedBy, String requestedAt, String note,
            Reference change) {
    }

    public record ScorePart(String aspect, BigDecimal rating, String basis, String detail, BigDecimal weight,
            BigDecimal contribution) {
    }

    /** A ranking score, 0..100, and the parts it adds up from. */
    public record Score(BigDecimal score, List<ScorePart> parts) {
    }

    public record RegressionWatch(String state, int consecutiveValues, String window, String settingsFrom,
            String startedBy, String watchedSince, String sipId, BigDecimal lastValue, String lastMeasuredAt,
            int valuesOutside, String outsideSince, int regressions, String lastRegressedAt, String judgedBy,
            String recoveredAt) {
    }

    public record IdeaLink(String id, String title, String source, String status, int votes) {
    }

    public record Idea(String id, String title, String description, String source, String surveyReference,
            List<String> focusAreas, String submittedBy, String status, String initiativeId, int votes,
            String decidedBy, String decidedAt, String decisionNote, String createdAt) {
    }

    public record ValueTotal(String kind, String currency, BigDecimal initiativeExpected, BigDecimal sipExpected,
            BigDecimal sipRealised) {
    }

    public record RegisterValue(int initiatives, int sips, int completedSips, BigDecimal meanEffectiveness,
            List<ValueTotal> totals) {
    }

    public record SipValue(String sipId, String objectiveId, String title, String status,
            List<Benefit> expectedBenefits, List<Benefit> realisedBenefits, Money cost, BigDecimal effortPersonDays,
            BigDecimal expectedRoi, BigDecimal realisedRoi, BigDecimal effectiveness, String effectivenessMeasuredAt) {
    }

    public record InitiativeValue(String initiativeId, String status, String outcome, String outcomeCategory,
            List<Benefit> expectedBenefits, List<ValueTotal> totals, List<SipValue> sips) {
    }

    /** A completed SIP re-measured from its KPI by assessment-service: the window before against the window after. */
    public record Realisation(String sipId, String kpiKey, String direction, BigDecimal baselineValue,
            BigDecimal targetValue, String beforeFrom, String beforeTo, BigDecimal beforeMean, int beforeCount,
            String afterFrom, String afterTo, BigDecimal afterMean, int afterCount, BigDecimal effectiveness,
            BigDecimal gapClosedPercent, BigDecimal realisedRoi, BigDecimal lastEffectiveness, String lastMeasuredAt) {
    }
}
