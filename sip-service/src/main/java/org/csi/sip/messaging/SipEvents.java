package org.csi.sip.messaging;

import java.util.Optional;

import org.csi.events.CsiEventType;
import org.csi.events.payload.ChangeRequested;
import org.csi.events.payload.SipDrafted;
import org.csi.events.payload.SipTransitioned;
import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.outbox.Outbox;
import org.csi.platform.value.BenefitValue;
import org.csi.sip.domain.Sip;
import org.csi.sip.domain.SipAction;
import org.csi.sip.domain.SipStatus;
import org.csi.sip.domain.SipTransition;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place that turns SIPs into csi-events payloads and emits them through the outbox (topic csi.sips,
 * ce_subject = SIP id, Kafka key = {@link Sip#eventKey()}), in the caller's transaction.
 */
@ApplicationScoped
public class SipEvents {

    private final Outbox outbox;

    SipEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** csi.sip.drafted for a SIP drafted from an event or raised by hand. */
    public void drafted(Sip sip) {
        outbox.emit(CsiEventType.SIP_DRAFTED, sip.id, sip.eventKey(), draftedPayload(sip));
    }

    /** The event of a move, when the contract has one (approved, completed, cancelled); other moves emit nothing. */
    public void moved(Sip sip, SipTransition transition) {
        typeOf(transition.toStatus).ifPresent(
                type -> outbox.emit(type, sip.id, sip.eventKey(), transitionedPayload(sip, transition)));
    }

    /** The event type of a move to the status; SUBMITTED and IN_PROGRESS have none in the contract. */
    public static Optional<CsiEventType> typeOf(SipStatus to) {
        return Optional.ofNullable(switch (to) {
            case APPROVED -> CsiEventType.SIP_APPROVED;
            case COMPLETED -> CsiEventType.SIP_COMPLETED;
            case CANCELLED -> CsiEventType.SIP_CANCELLED;
            default -> null;
        });
    }

    public static SipDrafted draftedPayload(Sip sip) {
        return SipDrafted.of(
                new SipDrafted.Subject(sip.id, sip.title, sip.origin.name(), sip.originEventId),
                new SipDrafted.Scope(sip.initiativeId, sip.initiativeTitle, sip.cycle, sip.objectiveId,
                        sip.focusAreas.stream().map(Enum::name).toList(), sip.service, sip.process),
                new SipDrafted.Gap(sip.kpiKey, sip.dimension, sip.baselineValue, sip.targetValue, sip.actualValue,
                        sip.gapSize, sip.direction == null ? null : sip.direction.name()),
                new SipDrafted.Plan(sip.owner, sip.priority.name(), sip.actions.stream().map(a -> a.description).toList(),
                        sip.expectedBenefit, sip.targetCompletionDate),
                sip.createdBy, sip.createdOnBehalfOf, ItsmLinks.toEvents(sip.references), sip.previousSipId,
                new SipDrafted.Value(BenefitValue.toEvents(sip.expectedBenefits), sip.costAmount, sip.costCurrency,
                        sip.effortPersonDays));
    }

    /** csi.change.requested: an action asks for a change; keyed like the SIP's other events. */
    public void changeRequested(Sip sip, SipAction action) {
        outbox.emit(CsiEventType.CHANGE_REQUESTED, action.id, sip.eventKey(), changeRequestedPayload(sip, action));
    }

    public static ChangeRequested changeRequestedPayload(Sip sip, SipAction action) {
        return ChangeRequested.of(action.changeRequestId,
                new ChangeRequested.Sip(sip.id, sip.title, sip.status.name(), sip.priority.name(), sip.owner,
                        sip.initiativeId, sip.initiativeTitle, sip.objectiveId, sip.service,
                        ItsmLinks.toEvents(sip.references)),
                new ChangeRequested.Action(action.id, action.description, action.owner, action.dueDate,
                        ItsmLinks.toEvents(action.references)),
                action.changeRequestNote, action.changeRequestedAt, action.changeRequestedBy,
                action.changeRequestedOnBehalfOf);
    }

    public static SipTransitioned transitionedPayload(Sip sip, SipTransition transition) {
        return SipTransitioned.of(
                new SipTransitioned.Subject(sip.id, sip.title, sip.initiativeId, sip.objectiveId, sip.service,
                        sip.kpiKey, sip.priority.name(), sip.owner),
                new SipTransitioned.Move(transition.fromStatus == null ? null : transition.fromStatus.name(),
                        transition.toStatus.name(), transition.byWhom, transition.onBehalfOf, transition.at,
                        transition.note),
                new SipTransitioned.Value(sip.baselineValue, sip.targetValue,
                        sip.direction == null ? null : sip.direction.name(), sip.approvedAt(),
                        BenefitValue.toEvents(sip.expectedBenefits), BenefitValue.toEvents(sip.realisedBenefits),
                        sip.costAmount, sip.costCurrency, sip.effortPersonDays),
                ItsmLinks.toEvents(sip.references));
    }
}
