package org.csi.initiative.domain;

/** Where an improvement idea came from. */
public enum IdeaSource {
    /** Someone of the staff had it. */
    STAFF,
    /** A customer's comment in a survey (surveyReference names the survey or response). */
    CUSTOMER_SURVEY,
    /** The service desk heard it from users. */
    SERVICE_DESK,
    /** A service review or other meeting. */
    SERVICE_REVIEW,
    OTHER
}
