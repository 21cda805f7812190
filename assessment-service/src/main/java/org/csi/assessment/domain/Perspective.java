package org.csi.assessment.domain;

/** Who sees and owns a gap of the Service Gap model: the business (customers and what they are told) or IT. */
public enum Perspective {
    BUSINESS, IT
}
