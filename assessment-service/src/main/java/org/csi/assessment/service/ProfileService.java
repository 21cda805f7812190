package org.csi.assessment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.csi.assessment.domain.MaturityAssessment;
import org.csi.assessment.domain.ObjectiveGap;
import org.csi.assessment.domain.ObjectiveProjection;
import org.csi.assessment.domain.Practice;
import org.csi.assessment.domain.ServiceProfile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The portfolio view of a service: gathers what {@link ServiceProfile} derives its findings from. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProfileService {

    private final MaturityService maturity;
    private final PracticeService practices;
    private final GapAnalysisService gapAnalysis;
    private final ServiceGapService serviceGaps;
    private final GapTracker gaps;

    ProfileService(MaturityService maturity, PracticeService practices, GapAnalysisService gapAnalysis,
            ServiceGapService serviceGaps, GapTracker gaps) {
        this.maturity = maturity;
        this.practices = practices;
        this.gapAnalysis = gapAnalysis;
        this.serviceGaps = serviceGaps;
        this.gaps = gaps;
    }

    public ServiceProfile profile(String service) {
        List<MaturityAssessment> latest = maturity.latestPerProcess(service, null);
        List<Practice> inUse = practices.ofService(service, latest.stream().map(a -> a.process).toList(), Instant.now());
        List<ObjectiveGap> objectives = ObjectiveProjection.<ObjectiveProjection>list("target.service = ?1", service)
                .stream()
                .map(gapAnalysis::objectiveGap).toList();
        ServiceGapReport servqual = serviceGaps.report(service);
        return ServiceProfile.of(new ServiceProfile.Facts(service, LocalDate.now(ZoneOffset.UTC), latest, inUse,
                objectives, servqual.gaps(), servqual.threshold(), gaps.openGaps(service)));
    }
}
