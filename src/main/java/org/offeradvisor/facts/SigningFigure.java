package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The one signing-bonus figure of an offer (KNOWLEDGE.md §8.2 step 4, §8.4), unrounded: {@code amount} is
 * asked in addition to the signing bonus the offer already pays ({@code offered}); what is left behind
 * beyond the policy's maximum is asked as a one-time {@code makeWholeEquity} grant. {@code forfeited},
 * {@code dip} and {@code recurringGap} are what it covers; {@code steps} show the arithmetic.
 */
public record SigningFigure(String offerId, BigDecimal amount, BigDecimal makeWholeEquity, BigDecimal offered,
                            BigDecimal forfeited, BigDecimal dip, BigDecimal recurringGap, List<String> steps)
        implements AboutOffer {

    public SigningFigure {
        steps = List.copyOf(steps);
    }

    /** What the signing bonus covers, as a phrase key: forfeited, dip, forfeitedAndDip, gap or forfeitedAndGap. */
    public String covers() {
        boolean left = forfeited.signum() > 0;
        boolean dipCounts = dip.signum() > 0 && dip.compareTo(recurringGap) >= 0;
        boolean gapCounts = !dipCounts && recurringGap.signum() > 0;
        if (dipCounts) {
            return left ? "forfeitedAndDip" : "dip";
        }
        if (gapCounts) {
            return left ? "forfeitedAndGap" : "gap";
        }
        return "forfeited";
    }
}
