package org.csi.assessment.service;

import java.math.BigDecimal;

import org.csi.assessment.domain.ServiceGapModel;

/** The SERVQUAL gaps of a service, with the threshold beyond which a gap is announced. */
public record ServiceGapReport(String service, ServiceGapModel.Result gaps, BigDecimal threshold) {
}
