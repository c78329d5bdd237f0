package org.offeradvisor.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.offeradvisor.facts.DecisionPolicy;

import static org.offeradvisor.data.DataFile.blank;

/** Reads the decision matrix and the documented advice kinds. */
final class DecisionData {
    /** The matrix factors of the case contract (docs/CONTRACT.md weights and scores), in the guide's order. */
    private static final List<String> FACTOR_KEYS = List.of("totalComp", "teamAndManager", "technicalChallenges",
            "careerGrowth", "workLifeBalance", "companyTrajectory", "locationFlexibility");

    record AdviceKindsFile(String source, List<AdviceKindRow> kinds) { }

    record AdviceKindRow(String id, String category, Integer priority, String summary) { }

    record DecisionFile(String source, List<FactorRow> factors, BigDecimal missingScore,
                                TotalCompFactorRow totalCompFactor, CloseCallRow closeCall) { }

    record FactorRow(String key, String name, BigDecimal weight) { }

    record TotalCompFactorRow(BigDecimal scale, BigDecimal min, BigDecimal max) { }

    record CloseCallRow(BigDecimal margin, BigDecimal weightStep) { }

    private DecisionData() {
    }

    static List<AdviceKind> adviceKinds(DataFile<AdviceKindsFile> file) {
        List<AdviceKind> kinds = new ArrayList<>();
        List<AdviceKindRow> rows = file.value.kinds() == null ? List.of() : file.value.kinds();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            AdviceKindRow row = rows.get(i);
            String at = "kinds[" + i + "]";
            if (blank(row.id()) || !row.id().matches("[A-Z]+(-[A-Z0-9]+)+")) {
                file.problem(at + ".id", "required, like MKT-POSITION");
            } else if (!ids.add(row.id())) {
                file.problem(at + ".id", row.id() + " is documented twice");
            } else if (file.enumValue(at + ".category", org.offeradvisor.facts.Category.class, row.category()) == null) {
                file.problem(at, "needs a category");
            } else if (row.priority() == null || row.priority() < 1 || row.priority() > 3) {
                file.problem(at + ".priority", "required: 1 (act now), 2 (weighs on the decision) or 3 (context)");
            } else if (blank(row.summary())) {
                file.problem(at + ".summary", "required: what the advice says, in a sentence");
            } else {
                kinds.add(new AdviceKind(row.id(), row.category(), row.priority(), row.summary()));
            }
        }
        return kinds;
    }

    static DecisionPolicy decisionPolicy(DataFile<DecisionFile> file) {
        DecisionFile f = file.value;
        int before = file.problems();
        List<FactorRow> rows = f.factors() == null ? List.of() : f.factors();
        List<String> keys = rows.stream().map(FactorRow::key).toList();
        if (!keys.equals(FACTOR_KEYS)) {
            file.problem("factors", "must list the factors " + FACTOR_KEYS + " in this order");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            FactorRow row = rows.get(i);
            if (blank(row.name()) || row.weight() == null || row.weight().signum() < 0) {
                file.problem("factors[" + i + "]", "needs a name and a weight of 0 or more");
            } else {
                total = total.add(row.weight());
            }
        }
        if (file.problems() == before && total.compareTo(BigDecimal.valueOf(100)) != 0) {
            file.problem("factors", "weights sum to " + total.toPlainString() + ", must sum to 100");
        }
        file.positive("missingScore", f.missingScore());
        TotalCompFactorRow tc = f.totalCompFactor();
        if (tc == null) {
            file.problem("totalCompFactor", "required: scale, min, max");
        } else {
            file.positive("totalCompFactor.scale", tc.scale());
            file.range("totalCompFactor.min", tc.min() == null || tc.max() == null ? null : List.of(tc.min(), tc.max()));
        }
        CloseCallRow close = f.closeCall();
        if (close == null) {
            file.problem("closeCall", "required: margin, weightStep");
        } else {
            file.positive("closeCall.margin", close.margin());
            file.positive("closeCall.weightStep", close.weightStep());
        }
        return file.problems() != before ? null : new DecisionPolicy(
                rows.stream().map(r -> new DecisionPolicy.Factor(r.key(), r.name(), r.weight())).toList(),
                f.missingScore(), tc.scale(), tc.min(), tc.max(), close.margin(), close.weightStep());
    }
}
