package org.csi.notification.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.CommunicationPlan;
import org.csi.notification.domain.DigestCadence;
import org.csi.notification.domain.InitiativeProjection;
import org.csi.platform.domain.InvalidException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Communication plans, and the default plan of initiatives that have none. */
@ApplicationScoped
@Transactional
public class PlanService {

    /** The audience of the default plan: the owner and stakeholders named on the initiative. */
    public static final String DEFAULT_AUDIENCE = "initiative-stakeholders";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final WebhookUrlPolicy urlPolicy;
    private final DigestCadence defaultCadence;

    PlanService(WebhookUrlPolicy urlPolicy,
            @ConfigProperty(name = "csi.digest.default-cadence", defaultValue = "DAILY") DigestCadence defaultCadence) {
        this.urlPolicy = urlPolicy;
        this.defaultCadence = defaultCadence;
    }

    /**
     * The digest cadence an audience of the initiative follows when it names none: the plan's, else
     * {@code csi.digest.default-cadence}; {@link DigestCadence#NONE} means no digest.
     */
    public DigestCadence planCadence(UUID initiativeId) {
        CommunicationPlan plan = CommunicationPlan.findById(initiativeId);
        return plan != null && plan.digestCadence != null ? plan.digestCadence : defaultCadence;
    }

    /** The initiative's plan, or the default plan it gets while it has none. */
    public PlanView read(UUID initiativeId) {
        Optional<CommunicationPlan> plan = CommunicationPlan.findByIdOptional(initiativeId);
        return plan.map(PlanView::of).orElseGet(() -> PlanView.byDefault(initiativeId,
                defaultAudiences(InitiativeProjection.findById(initiativeId), null)));
    }

    /**
     * Creates or replaces the plan. A WEBHOOK audience without a secret keeps the secret it had under the same name, or
     * gets a new one; the caller shows secrets only in this answer.
     *
     * @return the stored plan and whether it was created
     */
    public PlanResult set(SetCommunicationPlan command) {
        check(command.audiences());
        CommunicationPlan plan = CommunicationPlan.findById(command.initiativeId());
        boolean created = plan == null;
        if (created) {
            plan = new CommunicationPlan();
            plan.initiativeId = command.initiativeId();
        } else if (command.expected().tags() != null) {
            command.expected().verify(plan.version);
        }
        List<Audience> stored = new ArrayList<>();
        for (Audience a : command.audiences()) {
            String secret = null;
            if (uses(a, Channel.WEBHOOK)) {
                secret = a.secret();
                if (secret == null && plan.audiences != null) {
                    secret = plan.audiences.stream().filter(old -> old.name().equals(a.name()) && old.secret() != null)
                            .map(Audience::secret).findFirst().orElse(null);
                }
                if (secret == null) {
                    secret = WebhookSignature.newSecret();
                }
            }
            stored.add(new Audience(a.name(), a.kind(), a.channel(),
                    uses(a, Channel.EMAIL) ? List.copyOf(a.addresses()) : List.of(),
                    uses(a, Channel.WEBHOOK) ? a.url() : null, secret,
                    a.eventTypes() == null ? List.of() : List.copyOf(a.eventTypes()),
                    a.immediateEventTypes() == null ? null : List.copyOf(a.immediateEventTypes()),
                    a.immediateChannels() == null ? null
                            : List.copyOf(new java.util.LinkedHashSet<>(a.immediateChannels())),
                    a.digestChannels() == null ? null : List.copyOf(new java.util.LinkedHashSet<>(a.digestChannels())),
                    a.digestCadence()));
        }
        plan.audiences = stored;
        plan.digestCadence = command.digestCadence();
        plan.updatedAt = Instant.now();
        if (created) {
            plan.persist();
        }
        CommunicationPlan.getEntityManager().flush();
        return new PlanResult(plan, created);
    }

    public record PlanResult(CommunicationPlan plan, boolean created) {
    }

    /** Whether the audience is reached on the channel at all: its main one, or one of its immediate or digest ones. */
    static boolean uses(Audience a, Channel channel) {
        return a.channel() == channel || a.immediateVia().contains(channel) || a.digestVia().contains(channel);
    }

    /** Channel-specific rules that Bean Validation cannot express; each names its field. */
    private void check(List<Audience> audiences) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < audiences.size(); i++) {
            Audience a = audiences.get(i);
            String at = "audiences[" + i + "]";
            if (!names.add(a.name())) {
                throw new InvalidException(at + ".name", "audience names must be unique in a plan");
            }
            for (Channel channel : Channel.values()) {
                if (!uses(a, channel)) {
                    continue;
                }
                switch (channel) {
                    case EMAIL -> {
                        if (a.addresses() == null || a.addresses().isEmpty()) {
                            throw new InvalidException(at + ".addresses",
                                    "an EMAIL audience needs at least one address");
                        }
                        for (int j = 0; j < a.addresses().size(); j++) {
                            if (!isEmail(a.addresses().get(j))) {
                                throw new InvalidException(at + ".addresses[" + j + "]",
                                        "is not a valid e-mail address");
                            }
                        }
                    }
                    case WEBHOOK -> {
                        if (a.url() == null || a.url().isBlank()) {
                            throw new InvalidException(at + ".url", "a WEBHOOK audience needs a url");
                        }
                        urlPolicy.violation(a.url()).ifPresent(v -> {
                            throw new InvalidException(at + ".url", v);
                        });
                        if (a.secret() != null && !WebhookSignature.isValidSecret(a.secret())) {
                            throw new InvalidException(at + ".secret", "must be whsec_ followed by a base64 key of at "
                                    + "least 16 bytes");
                        }
                    }
                    case FEED -> {
                    }
                }
            }
            EventTypes.check(a.eventTypes(), at + ".eventTypes");
            if (a.immediateEventTypes() != null) {
                EventTypes.check(a.immediateEventTypes(), at + ".immediateEventTypes");
            }
        }
    }

    public static boolean isEmail(String value) {
        return value != null && value.length() <= 320 && EMAIL.matcher(value).matches();
    }

    /**
     * The audiences that hear about events of an initiative: its plan, or the default plan.
     *
     * @param initiative the projection, null while the initiative is not known
     * @param eventOwner the event's {@code owner}, used while the initiative is not known
     */
    public List<Audience> audiencesFor(UUID initiativeId, InitiativeProjection initiative, Object eventOwner) {
        return CommunicationPlan.<CommunicationPlan>findByIdOptional(initiativeId).map(plan -> plan.audiences)
                .orElseGet(() -> defaultAudiences(initiative, eventOwner));
    }

    /**
     * The default plan: the owner and stakeholders by e-mail (before the initiative is known, the event's owner); the
     * feed when none of them has an address, so the message is never lost.
     */
    static List<Audience> defaultAudiences(InitiativeProjection initiative, Object eventOwner) {
        List<String> addresses = new ArrayList<>();
        for (Object contact : initiative != null ? initiative.contacts() : Collections.singletonList(eventOwner)) {
            if (contact instanceof String s && isEmail(s) && !addresses.contains(s)) {
                addresses.add(s);
            }
        }
        Channel channel = addresses.isEmpty() ? Channel.FEED : Channel.EMAIL;
        return List.of(new Audience(DEFAULT_AUDIENCE, AudienceKind.STAKEHOLDERS, channel, addresses, null, null,
                List.of()));
    }
}
