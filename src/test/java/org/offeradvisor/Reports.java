package org.offeradvisor;

import java.util.List;
import java.util.Objects;

import org.offeradvisor.report.AdviceItem;
import org.offeradvisor.report.OfferReport;
import org.offeradvisor.report.Report;

/** Reading a report in tests: the advice of a kind, the one item about an offer, an offer's figures. */
public final class Reports {
    private Reports() {
    }

    /** Every advice item of a kind, in report order. */
    public static List<AdviceItem> advice(Report report, String adviceId) {
        return report.advice().stream().filter(a -> a.id().equals(adviceId)).toList();
    }

    /** The advice kinds about an offer (null: about the whole case), in report order. */
    public static List<String> adviceIds(Report report, String offerId) {
        return report.advice().stream().filter(a -> Objects.equals(a.offerId(), offerId)).map(AdviceItem::id).toList();
    }

    /** The single advice item of a kind about an offer; fails unless there is exactly one. */
    public static AdviceItem only(Report report, String adviceId, String offerId) {
        List<AdviceItem> items = report.advice().stream()
                .filter(a -> a.id().equals(adviceId) && Objects.equals(a.offerId(), offerId)).toList();
        if (items.size() != 1) {
            throw new AssertionError("expected one " + adviceId + " about " + offerId + ", found " + items.size()
                    + " in " + report.advice().stream().map(a -> a.id() + "/" + a.offerId()).toList());
        }
        return items.get(0);
    }

    public static OfferReport offer(Report report, String offerId) {
        return report.offers().stream().filter(o -> o.id().equals(offerId)).findFirst()
                .orElseThrow(() -> new AssertionError("no offer " + offerId));
    }
}
