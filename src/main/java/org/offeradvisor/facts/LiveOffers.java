package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offers of a case with their pay, from facts a rule collected: every offer in the case's order, and the
 * live ones (not expired, KNOWLEDGE.md §8.13.10) from the best paid down, the first in the case on a tie.
 */
public final class LiveOffers {
    private final Map<String, Compensation> pay = new HashMap<>();
    private final List<Offer> all;
    private final List<Offer> live;

    /** {@code offers}, {@code comps} and {@code deadlines} as collected: {@link Offer}, {@link Compensation}, {@link Deadline}. */
    public LiveOffers(List<?> offers, List<?> comps, List<?> deadlines) {
        comps.forEach(c -> pay.put(((Compensation) c).offerId(), (Compensation) c));
        Set<String> expired = new HashSet<>();
        deadlines.stream().map(Deadline.class::cast).filter(Deadline::expired).forEach(d -> expired.add(d.offerId()));
        all = offers.stream().map(Offer.class::cast).sorted(Comparator.comparingInt(Offer::index)).toList();
        live = all.stream().filter(o -> !expired.contains(o.id()))
                .sorted(Comparator.comparing(this::annualTotalComp).reversed().thenComparingInt(Offer::index))
                .toList();
    }

    public List<Offer> all() {
        return all;
    }

    /** The live offers, best paid first. */
    public List<Offer> bestPaidFirst() {
        return live;
    }

    public Compensation compensation(Offer offer) {
        return pay.get(offer.id());
    }

    public BigDecimal annualTotalComp(Offer offer) {
        return pay.get(offer.id()).annualTotalComp();
    }
}
