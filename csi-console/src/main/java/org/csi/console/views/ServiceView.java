package org.csi.console.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.console.client.AssessmentApi;
import org.csi.console.client.Views.ProfileFinding;
import org.csi.console.client.Views.ServiceGapModel;
import org.csi.console.client.Views.ServiceGaps;
import org.csi.console.client.Views.ServiceProfile;
import org.csi.console.signin.Person;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** One service as assessment-service sees it: the Service Gap model and the Service Portfolio view. */
@ApplicationScoped
public class ServiceView {

    /** One quarter of the Service Portfolio view: strengths, weaknesses, risks or priorities. */
    public record Group(String name, List<ProfileFinding> findings) {
    }

    /** @param model all five gaps of the Service Gap model, with lifecycle stage and perspective */
    public record View(String service, ServiceGaps gaps, List<Group> portfolio, String chartJson,
            ServiceGapModel model) {
    }

    @Inject
    @RestClient
    AssessmentApi assessments;

    public View of(Person person, String service) {
        String auth = person.authorization();
        ServiceGaps gaps = Calls.call("assessment-service", () -> assessments.serviceGaps(auth, service));
        ServiceProfile profile = Calls.call("assessment-service", () -> assessments.profile(auth, service));
        ServiceGapModel model = Calls.call("assessment-service", () -> assessments.gapModel(auth, service));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", "gaps");
        data.put("dimensions", gaps.dimensions().stream().map(d -> d.dimension()).toList());
        data.put("expectation", gaps.dimensions().stream().map(d -> d.meanExpectation()).toList());
        data.put("perception", gaps.dimensions().stream().map(d -> d.meanPerception()).toList());
        data.put("providerExpectation", gaps.dimensions().stream().map(d -> d.meanProviderExpectation()).toList());
        data.put("specification", gaps.dimensions().stream().map(d -> d.meanSpecification()).toList());
        List<Group> portfolio = List.of(new Group("Strengths", profile.strengths()),
                new Group("Weaknesses", profile.weaknesses()), new Group("Risks", profile.risks()),
                new Group("Priorities", profile.priorities()));
        return new View(service, gaps, portfolio, Charts.json(data), model);
    }
}
