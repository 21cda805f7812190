package org.csi.platform.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code Idempotency-Key} for POSTs, so an ITSM tool can retry a create safely: the first answer is stored in the same
 * transaction as the effect, and a retry with the same key and body gets that answer again (header
 * {@code Idempotent-Replayed: true}) without a second effect. The same key with another body is refused with 422.
 * <p>
 * A key is scoped to its caller ({@link Caller#key()}: the token's issuer and subject): another caller sending
 * the same key makes a fresh request and never gets the first caller's stored answer (which may hold a secret).
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Caller caller;

    IdempotentRequests(EntityManager em, ObjectMapper mapper, Caller caller) {
        this.em = em;
        this.mapper = mapper;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > 200) {
            throw ApiException.invalid(HEADER, "must be at most 200 characters");
        }
        String hash = hash(request);
        String callerKey = caller.key();
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery("SELECT request_hash, status, location, body FROM csi_idempotency_key"
                + " WHERE idempotency_key = ?1 AND operation = ?2 AND caller = ?3")
                .setParameter(1, key).setParameter(2, operation).setParameter(3, callerKey).getResultList();
        if (!stored.isEmpty()) {
            Object[] row = stored.get(0);
            if (!hash.equals(row[0])) {
                throw new ApiException(422, "urn:csi:problem:idempotency-key-reused", "Idempotency-Key reused",
                        "Idempotency-Key " + key + " was used before with a different request", List.of());
            }
            Response.ResponseBuilder replay = Response.status((Integer) row[1]).header("Idempotent-Replayed", "true");
            if (row[2] != null) {
                replay.location(URI.create((String) row[2]));
            }
            if (row[3] != null) {
                replay.entity(row[3]).type(MediaType.APPLICATION_JSON);
            }
            return replay.build();
        }
        Response response = action.get();
        em.createNativeQuery("INSERT INTO csi_idempotency_key (idempotency_key, operation, request_hash, status, location,"
                + " body, caller) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, key).setParameter(2, operation).setParameter(3, hash)
                .setParameter(4, response.getStatus())
                .setParameter(5, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(6, response.hasEntity() ? toJson(response.getEntity()) : null)
                .setParameter(7, callerKey)
                .executeUpdate();
        return response;
    }

    private String hash(Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(toJson(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
