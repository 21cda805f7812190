package org.csi.sip.domain;

import java.math.BigDecimal;
import java.util.List;

import org.csi.platform.value.BenefitValue;
import org.csi.platform.value.MoneyValue;

/**
 * What a SIP is expected to bring and what it costs (value, issue 17): typed benefits, cost in money, effort in
 * person-days. Null parts stay as they are when applied to a SIP (creation and JSON merge alike).
 */
public record SipValue(List<BenefitValue> expectedBenefits, MoneyValue cost, BigDecimal effortPersonDays) {

    public static final SipValue NONE = new SipValue(null, null, null);

    /** Checks the rules spanning fields (currencies, bounds per kind) and sets what is given on the SIP. */
    public void applyTo(Sip sip) {
        if (expectedBenefits != null) {
            sip.expectedBenefits = BenefitValue.check("expectedBenefits", expectedBenefits);
        }
        if (cost != null) {
            MoneyValue.check("cost", cost);
            sip.costAmount = cost.amount();
            sip.costCurrency = cost.currency();
        }
        if (effortPersonDays != null) {
            sip.effortPersonDays = effortPersonDays;
        }
    }
}
