package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Arithmetic of the weighted decision matrix (KNOWLEDGE.md §4 DEC-MATRIX, §7.8). */
public final class DecisionMatrix {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DecisionMatrix() {
    }

    /** Σ weight × factor / 100, rounded half up to two decimals. */
    public static BigDecimal score(Map<String, BigDecimal> weights, Map<String, BigDecimal> factors) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            sum = sum.add(w.getValue().multiply(factors.get(w.getKey())));
        }
        return sum.divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** {@code scale × value / max}, clamped to min..max, rounded half up to one decimal. */
    public static BigDecimal totalCompFactor(BigDecimal value, BigDecimal max, DecisionPolicy policy) {
        BigDecimal factor = Calc.divide(policy.totalCompScale().multiply(value), max)
                .max(policy.totalCompMin()).min(policy.totalCompMax());
        return factor.setScale(1, RoundingMode.HALF_UP);
    }

    /** Matrix order: higher score first, then higher risk-adjusted annual TC, then input order. */
    public static final Comparator<MatrixRow> ORDER = Comparator.comparing(MatrixRow::score).reversed()
            .thenComparing(Comparator.comparing(MatrixRow::riskAdjustedAnnualTotalComp).reversed())
            .thenComparingInt(MatrixRow::index);

    /** The rows in rank order. */
    public static List<MatrixRow> ranked(List<MatrixRow> rows) {
        return rows.stream().sorted(ORDER).toList();
    }

    /**
     * The first move of {@code step} weight points from one factor to another, in the listed order of the
     * weights, that puts {@code second} ahead of {@code first}; null when no such move does.
     */
    public static String[] flip(Map<String, BigDecimal> weights, MatrixRow first, MatrixRow second, BigDecimal step) {
        for (String from : weights.keySet()) {
            if (weights.get(from).compareTo(step) < 0) {
                continue;
            }
            for (String to : weights.keySet()) {
                if (to.equals(from)) {
                    continue;
                }
                Map<String, BigDecimal> moved = new LinkedHashMap<>(weights);
                moved.put(from, moved.get(from).subtract(step));
                moved.put(to, moved.get(to).add(step));
                MatrixRow a = rescored(first, moved);
                MatrixRow b = rescored(second, moved);
                if (ORDER.compare(b, a) < 0) {
                    return new String[] {from, to, a.score().toPlainString(), b.score().toPlainString()};
                }
            }
        }
        return null;
    }

    private static MatrixRow rescored(MatrixRow row, Map<String, BigDecimal> weights) {
        return new MatrixRow(row.offerId(), row.index(), row.riskAdjustedAnnualTotalComp(), row.factors(), row.missing(),
                score(weights, row.factors()), row.learning());
    }
}
