package org.csi.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A response keeps only the ratings its respondent type gives. */
class PerceptionRatingTest {

    private final PerceptionResponse.Rating sent = new PerceptionResponse.Rating(7, 4, 5);

    @Test
    void aCustomerRatesExpectationAndPerception() {
        assertEquals(new PerceptionResponse.Rating(7, 4, null), sent.keptFor(RespondentType.CUSTOMER));
    }

    @Test
    void theProviderRatesExpectationAndSpecification() {
        assertEquals(new PerceptionResponse.Rating(7, null, 5), sent.keptFor(RespondentType.PROVIDER));
    }
}
