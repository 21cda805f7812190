package org.csi.notification.service;

import java.util.List;
import java.util.UUID;

import org.csi.notification.domain.Audience;
import org.csi.notification.domain.CommunicationPlan;

/**
 * The plan an initiative's events follow: its own ({@code plan} set) or the default plan ({@code plan} null).
 */
public record PlanView(UUID initiativeId, CommunicationPlan plan, List<Audience> audiences) {

    static PlanView of(CommunicationPlan plan) {
        return new PlanView(plan.initiativeId, plan, plan.audiences);
    }

    static PlanView byDefault(UUID initiativeId, List<Audience> audiences) {
        return new PlanView(initiativeId, null, audiences);
    }

    public boolean custom() {
        return plan != null;
    }
}
