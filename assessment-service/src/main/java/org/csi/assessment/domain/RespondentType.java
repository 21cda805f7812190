package org.csi.assessment.domain;

/** CUSTOMER rates expectation and perception; PROVIDER (management) rates its perception of customer expectations and the service specification. */
public enum RespondentType {
    CUSTOMER, PROVIDER
}
