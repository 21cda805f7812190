package org.csi.initiative.cycle;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.events.CsiSources;
import org.csi.events.payload.MeasurementRecorded;
import org.csi.testkit.TopicProbe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.restassured.http.ContentType;

/** Small helpers the cycle tests share: requests as an ITSM tool sends them, events as assessment-service sends them. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Api() {
    }

    static String initiative(String title, String cadence) {
        return """
                {"title": "%s", "vision": "E-mail incidents restored within 4 hours",
                 "focusAreas": ["SERVICE_QUALITY", "CUSTOMER_SATISFACTION"], "owner": "jane.doe@example.com",
                 "services": ["email"], "processes": ["Incident Management"]%s}""".formatted(title,
                cadence == null ? "" : ", \"reviewCadence\": \"" + cadence + "\"");
    }

    static String createInitiative(String title, String cadence) {
        return given().contentType(ContentType.JSON).body(initiative(title, cadence))
                .post("/api/v1/initiatives").then().statusCode(201).extract().path("id");
    }

    static String objective(String name, String kpi, String service, String baseline, String target, String direction,
            String tolerance) {
        return """
                {"name": "%s", "kpiKey": "%s", "service": "%s", "unit": "u", "baselineValue": %s, "targetValue": %s,
                 "direction": "%s", "tolerance": %s, "horizon": "SHORT_TERM", "dueDate": "2099-06-30"}"""
                .formatted(name, kpi, service, baseline, target, direction, tolerance);
    }

    static String setObjective(String initiativeId, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/initiatives/" + initiativeId + "/objectives")
                .then().statusCode(201).extract().path("id");
    }

    static String createCheckpoint(String initiativeId, Instant dueAt) {
        return given().contentType(ContentType.JSON).body("{\"dueAt\": \"" + dueAt + "\"}")
                .post("/api/v1/initiatives/" + initiativeId + "/checkpoints")
                .then().statusCode(201).extract().path("id");
    }

    /** Publishes csi.measurement.recorded as assessment-service would (keyed by service). */
    static void measure(String bootstrap, String kpi, String service, String value, Instant measuredAt) {
        UUID id = UUID.randomUUID();
        MeasurementRecorded payload = new MeasurementRecorded(id, kpi, service, new BigDecimal(value), "u", measuredAt,
                "manual", null);
        CsiEventType type = CsiEventType.MEASUREMENT_RECORDED;
        try {
            TopicProbe.publish(bootstrap, type.topic(), service, UUID.randomUUID().toString(), type.type(),
                    CsiSources.ASSESSMENT_SERVICE, id.toString(), type.dataSchema(), JSON.writeValueAsString(payload));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
