package org.csi.platform.messaging;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.csi.events.CsiEventType;

/** The event types a consumer handles, each with its effect. Types not listed are acknowledged and ignored. */
public final class EventHandlers {

    private final Map<CsiEventType, Handler<?>> handlers = new EnumMap<>(CsiEventType.class);

    public static EventHandlers create() {
        return new EventHandlers();
    }

    /** Registers the effect of one event type; {@code payloadType} must be the type's payload record. */
    public <T extends Record> EventHandlers on(CsiEventType type, Class<T> payloadType,
            BiConsumer<IncomingCloudEvent, T> effect) {
        if (type.payloadType() != payloadType) {
            throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName());
        }
        handlers.put(type, new Handler<>(payloadType, effect));
        return this;
    }

    Optional<Handler<?>> handlerFor(CsiEventType type) {
        return Optional.ofNullable(handlers.get(type));
    }

    record Handler<T extends Record>(Class<T> payloadType, BiConsumer<IncomingCloudEvent, T> effect) {
        void apply(IncomingCloudEvent event, Object payload) {
            effect.accept(event, payloadType.cast(payload));
        }
    }
}
