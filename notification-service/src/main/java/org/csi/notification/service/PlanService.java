package org.csi.notification.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.CommunicationPlan;
import org.csi.notification.domain.InitiativeProjection;
import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.domain.InvalidException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Communication plans, and the default plan of initiatives that have none. */
@ApplicationScoped
public class PlanService {

    /** The audience of the default plan: the owner and stakeholders named on the initiative. */
    public static final String DEFAULT_AUDIENCE = "initiative-stakeholders";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final WebhookUrlPolicy urlPolicy;

    PlanService(WebhookUrlPolicy urlPolicy) {
        this.urlPolicy = urlPolicy;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CommunicationPlan> find(UUID initiativeId) {
        return CommunicationPlan.findByIdOptional(initiativeId);
    }

    /**
     * Creates or replaces the plan. A WEBHOOK audience without a secret keeps the secret it had under the same name, or
     * gets a new one; the caller shows secrets only in this answer.
     *
     * @return the stored plan and whether it was created
     */
    @Transactional
    public PlanResult put(UUID initiativeId, List<Audience> audiences, String ifMatch) {
        check(audiences);
        CommunicationPlan plan = CommunicationPlan.findById(initiativeId);
        boolean created = plan == null;
        if (created) {
            plan = new CommunicationPlan();
            plan.initiativeId = initiativeId;
        } else if (ifMatch != null) {
            ExpectedVersion.ifMatch(ifMatch).verify(plan.version);
        }
        List<Audience> stored = new ArrayList<>();
        for (Audience a : audiences) {
            String secret = null;
            if (a.channel() == Channel.WEBHOOK) {
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
                    a.channel() == Channel.EMAIL ? List.copyOf(a.addresses()) : List.of(),
                    a.channel() == Channel.WEBHOOK ? a.url() : null, secret,
                    a.eventTypes() == null ? List.of() : List.copyOf(a.eventTypes())));
        }
        plan.audiences = stored;
        plan.updatedAt = Instant.now();
        if (created) {
            plan.persist();
        }
        CommunicationPlan.getEntityManager().flush();
        return new PlanResult(plan, created);
    }

    public record PlanResult(CommunicationPlan plan, boolean created) {
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
            switch (a.channel()) {
                case EMAIL -> {
                    if (a.addresses() == null || a.addresses().isEmpty()) {
                        throw new InvalidException(at + ".addresses", "an EMAIL audience needs at least one address");
                    }
                    for (int j = 0; j < a.addresses().size(); j++) {
                        if (!isEmail(a.addresses().get(j))) {
                            throw new InvalidException(at + ".addresses[" + j + "]", "is not a valid e-mail address");
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
            EventTypes.check(a.eventTypes(), at + ".eventTypes");
        }
    }

    public static boolean isEmail(String value) {
        return value != null && value.length() <= 320 && EMAIL.matcher(value).matches();
    }

    /**
     * The audiences that hear about events of an initiative: its plan, or the default plan (owner and stakeholders by
     * e-mail; the feed when none of them has an address).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Audience> audiencesFor(UUID initiativeId, Map<String, Object> eventData) {
        Optional<CommunicationPlan> plan = find(initiativeId);
        if (plan.isPresent()) {
            return plan.get().audiences;
        }
        List<String> addresses = new ArrayList<>();
        InitiativeProjection initiative = InitiativeProjection.findById(initiativeId);
        if (initiative != null) {
            addIfEmail(addresses, initiative.owner);
            if (initiative.details.get("stakeholders") instanceof List<?> stakeholders) {
                for (Object s : stakeholders) {
                    if (s instanceof Map<?, ?> stakeholder) {
                        addIfEmail(addresses, stakeholder.get("email"));
                    }
                }
            }
        } else {
            addIfEmail(addresses, eventData.get("owner"));
        }
        Channel channel = addresses.isEmpty() ? Channel.FEED : Channel.EMAIL;
        return List.of(new Audience(DEFAULT_AUDIENCE, AudienceKind.STAKEHOLDERS, channel, addresses, null, null,
                List.of()));
    }

    private static void addIfEmail(List<String> addresses, Object value) {
        if (value instanceof String s && isEmail(s) && !addresses.contains(s)) {
            addresses.add(s);
        }
    }
}
