package org.csi.notification.service;

import org.csi.events.payload.InitiativeDetails;

import jakarta.enterprise.context.ApplicationScoped;

/** Writes the message for an event, always with service implications, impact on personnel and approach. */
@ApplicationScoped
public class MessageComposer {

    public ComposedMessage initiativeCreated(InitiativeDetails initiative) {
        String services = initiative.services() == null || initiative.services().isEmpty() ? "the services in scope"
                : String.join(", ", initiative.services());
        return new ComposedMessage(
                "New improvement initiative: " + initiative.title(),
                "The initiative aims at: " + initiative.vision() + " It concerns " + services + " and focuses on "
                        + String.join(", ", initiative.focusAreas()) + ".",
                "Owner: " + (initiative.owner() == null ? "not named yet" : initiative.owner())
                        + ". People working on " + services + " will be asked to take part in baselines, reviews and "
                        + "improvement plans; nothing changes in daily work until a plan is approved.",
                initiative.approach() == null || initiative.approach().isBlank()
                        ? "The CSI model: baselines first, then measurable targets, checkpoints and improvement plans."
                        : initiative.approach());
    }
}
