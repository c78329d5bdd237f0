package org.offeradvisor.facts;

import static org.offeradvisor.facts.Money.number;
import static org.offeradvisor.facts.Money.plain;
import static org.offeradvisor.facts.Money.price;
import static org.offeradvisor.facts.Money.usd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills an offer's counter package in the order of KNOWLEDGE.md §8.2 (equity, base, signing bonus), or
 * computes the signing figure of an offer with nothing to ask (§8.4: G = 0). negotiation.drl says which
 * steps apply; every amount is exact and unrounded.
 */
public final class CounterPackages {
    private final NegotiationPolicy policy;
    private final Compensation comp;
    private final CounterTarget target;
    private final BigDecimal gap;
    private final BigDecimal years;
    private final List<String> steps = new ArrayList<>();
    private BigDecimal equity = BigDecimal.ZERO;
    private BigDecimal annualEquity = BigDecimal.ZERO;
    private BigDecimal yearOneEquity = BigDecimal.ZERO;
    private BigDecimal shares;
    private BigDecimal base = BigDecimal.ZERO;
    private SigningFigure signing;

    private CounterPackages(CounterTarget target, Compensation comp, NegotiationPolicy policy) {
        this.policy = policy;
        this.comp = comp;
        this.target = target;
        this.gap = target == null ? BigDecimal.ZERO : target.target().subtract(comp.annualTotalComp());
        this.years = BigDecimal.valueOf(comp.vestingYears());
    }

    /** A package toward {@code target}: gap {@code G = T − A}. */
    public static CounterPackages start(CounterTarget target, Compensation comp, NegotiationPolicy policy) {
        CounterPackages k = new CounterPackages(target, comp, policy);
        k.steps.add("gap " + usd(k.gap) + " a year = target " + usd(target.target()) + " − annual total comp "
                + usd(comp.annualTotalComp()));
        return k;
    }

    /** Nothing asked ({@code G = 0}): only the signing figure of an offer at or above its target. */
    public static CounterPackages nothingAsked(Compensation comp, NegotiationPolicy policy) {
        return new CounterPackages(null, comp, policy);
    }

    /** Step 1: more equity, {@code min(share × P, G × years)}; options also in shares. */
    public CounterPackages askEquity(Offer offer, PaperValue paper) {
        Equity e = offer.equity();
        if (e.type() == EquityType.NONE) {
            steps.add("1. equity: none to ask, the offer is all cash");
            return this;
        }
        if (paper.known() && paper.value().signum() > 0) {
            equity = paper.value().multiply(policy.equityShareOfGrant()).min(gap.multiply(years));
            annualEquity = Calc.divide(equity, years);
            yearOneEquity = Calc.divide(equity.multiply(comp.yearByYear().get(0).equity()), paper.value());
            steps.add("1. equity: min(" + plain(policy.equityShareOfGrant()) + " × grant " + usd(paper.value()) + ", gap × "
                    + comp.vestingYears() + " years) = " + usd(equity) + " more, " + usd(annualEquity) + " a year, "
                    + usd(yearOneEquity) + " of it in year 1");
            if (e.type() == EquityType.OPTIONS) {
                BigDecimal spread = spread(e);
                shares = equity.divide(spread, 0, RoundingMode.HALF_UP);
                steps.add("   in options: " + usd(equity) + " / spread " + price(spread) + " = " + number(shares) + " more options");
            }
        } else if (e.type() == EquityType.OPTIONS) {
            shares = e.shares().multiply(policy.equityShareOfGrant()).setScale(0, RoundingMode.HALF_UP);
            steps.add("1. equity: " + plain(policy.equityShareOfGrant()) + " × " + number(e.shares()) + " options = "
                    + number(shares) + " more options; they add no value at today's price");
        } else {
            steps.add("1. equity: nothing to ask in dollars, the grant's value is unknown");
        }
        return this;
    }

    /** Step 1 skipped: no more equity is asked on a grant that may be a typo. */
    public CounterPackages noEquityAsk(String why) {
        steps.add("1. equity: nothing asked, " + why);
        return this;
    }

    /** Step 2: {@code min(share × base, G − e)}, within the base band's top. */
    public CounterPackages askBase(Offer offer, MarketPosition market) {
        base = offer.baseSalary().multiply(policy.baseShareOfSalary()).min(gap.subtract(annualEquity)).max(BigDecimal.ZERO);
        String cap = "";
        if (market != null && market.band() != null && market.band().baseHigh() != null) {
            BigDecimal room = market.band().baseHigh().subtract(offer.baseSalary()).max(BigDecimal.ZERO);
            if (room.compareTo(base) < 0) {
                base = room;
                cap = ", capped at the top of the " + market.band().name() + " base band " + usd(market.band().baseHigh());
            }
        }
        steps.add("2. base: min(" + plain(policy.baseShareOfSalary()) + " × base " + usd(offer.baseSalary())
                + ", gap left " + usd(gap.subtract(annualEquity)) + ") = " + usd(base) + cap);
        return this;
    }

    /**
     * Step 4: the signing bonus on top of what the offer pays, covering what is left behind and the first-year
     * dip once the asks are granted, and for a company that is not a startup the recurring gap left.
     */
    public CounterPackages askSigning(Offer offer, Candidate candidate, boolean recurringGapInCash) {
        BigDecimal offered = offer.signingBonus();
        BigDecimal forfeited = candidate.unvestedEquityForfeited();
        BigDecimal current = candidate.currentTotalComp();
        BigDecimal recurring = recurringGap();
        List<String> lines = new ArrayList<>();
        BigDecimal dip = BigDecimal.ZERO;
        if (current != null) {
            BigDecimal recurringPay = comp.annualTotalComp().add(annualEquity).add(base);
            BigDecimal yearOne = comp.yearOneTotalComp().subtract(offered).add(yearOneEquity).add(base);
            if (recurringPay.compareTo(current) >= 0) {
                dip = current.subtract(yearOne).max(BigDecimal.ZERO);
                if (dip.signum() > 0) {
                    lines.add("first-year dip " + usd(dip) + ": year one pays " + usd(yearOne)
                            + " before any signing bonus, below your current pay");
                }
            } else {
                lines.add("the offer stays below your current pay every year even with the asks: a pay cut, not a dip");
            }
        }
        BigDecimal covered = recurringGapInCash ? recurring.max(dip) : dip;
        BigDecimal raw = forfeited.add(covered).subtract(offered);
        lines.add("signing: left behind " + usd(forfeited)
                + (recurringGapInCash ? " + max(recurring gap " + usd(recurring) + ", dip " + usd(dip) + ")"
                        : " + dip " + usd(dip) + " (a startup is not asked to pay a recurring gap in cash)")
                + " − signing bonus offered " + usd(offered) + " = " + usd(raw));
        BigDecimal amount;
        BigDecimal makeWhole = BigDecimal.ZERO;
        if (raw.compareTo(policy.signingMin()) < 0) {
            amount = BigDecimal.ZERO;
            lines.add("under " + usd(policy.signingMin()) + ": no signing bonus to ask");
        } else if (raw.compareTo(policy.signingMax()) > 0) {
            amount = policy.signingMax();
            makeWhole = raw.subtract(policy.signingMax());
            lines.add("above " + usd(policy.signingMax()) + ": ask " + usd(amount) + " and the rest, " + usd(makeWhole)
                    + ", as a make-whole equity grant");
        } else {
            amount = raw;
        }
        signing = new SigningFigure(offer.id(), amount, makeWhole, offered, forfeited, dip, recurringGapInCash ? recurring
                : BigDecimal.ZERO, lines);
        steps.add("3. recurring gap left " + usd(recurring));
        lines.forEach(l -> steps.add("4. " + l));
        return this;
    }

    public SigningFigure signing() {
        return signing;
    }

    /** The package, with its lead: the larger of the annual equity and base asks (options asked in shares lead). */
    public CounterPackage build(Offer offer) {
        String lead;
        if (shares != null && shares.signum() > 0 || annualEquity.signum() > 0 && annualEquity.compareTo(base) >= 0) {
            lead = "equity";
        } else if (base.signum() > 0) {
            lead = "baseSalary";
        } else {
            lead = signing.amount().signum() > 0 ? "signingBonus" : null;
        }
        return new CounterPackage(offer.id(), target.target(), gap, equity, annualEquity, yearOneEquity, shares, base,
                recurringGap(), signing,
                comp.annualTotalComp().add(annualEquity).add(base), lead, steps);
    }

    /** Step 3: {@code R = max(0, G − e − baseIncrease)}, the gap no recurring ask closes. */
    private BigDecimal recurringGap() {
        return gap.subtract(annualEquity).subtract(base).max(BigDecimal.ZERO);
    }

    private static BigDecimal spread(Equity e) {
        BigDecimal price = e.fairMarketValue() != null ? e.fairMarketValue() : e.preferredPrice();
        return price.subtract(e.strikePrice());
    }
}
