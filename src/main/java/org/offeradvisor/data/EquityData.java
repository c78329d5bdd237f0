package org.offeradvisor.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.offeradvisor.facts.Stage;
import org.offeradvisor.facts.StageDiscount;

import static org.offeradvisor.data.DataFile.blank;

/** Reads the equity data files: the default vesting and the stage discounts. */
final class EquityData {
    record EquityDefaultsFile(String source, Integer vestingYears, Integer cliffMonths) { }

    record StageDiscountsFile(String source, List<StageDiscountRow> stages) { }

    record StageDiscountRow(String stage, List<BigDecimal> retained, String source, String assumption,
                            BigDecimal ownershipCheckPercent, BigDecimal retainedOwnership, String dilutionAssumption) { }

    private EquityData() {
    }

    static KnowledgeData.EquityDefaults equityDefaults(DataFile<EquityDefaultsFile> file) {
        EquityDefaultsFile value = file.value;
        int before = file.problems();
        if (value.vestingYears() == null || value.vestingYears() < 1 || value.vestingYears() > 10) {
            file.problem("vestingYears", "required, 1..10");
        }
        if (value.cliffMonths() == null || value.cliffMonths() < 0 || value.cliffMonths() > 24) {
            file.problem("cliffMonths", "required, 0..24");
        }
        return file.problems() == before
                ? new KnowledgeData.EquityDefaults(value.vestingYears(), value.cliffMonths()) : null;
    }

    static List<StageDiscount> stageDiscounts(DataFile<StageDiscountsFile> file) {
        List<StageDiscount> discounts = new ArrayList<>();
        List<StageDiscountRow> rows = file.value.stages();
        if (rows == null) {
            file.problem("stages", "required: one row per stage");
            return discounts;
        }
        Set<Stage> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            StageDiscountRow row = rows.get(i);
            String at = "stages[" + i + "]";
            int before = file.problems();
            Stage stage = file.enumValue(at + ".stage", Stage.class, row.stage());
            if (stage == null) {
                file.problem(at, "needs a stage");
            } else if (!seen.add(stage)) {
                file.problem(at + ".stage", stage + " has another row");
            }
            BigDecimal[] retained = file.range(at + ".retained", row.retained());
            if (row.retained() == null) {
                file.problem(at, "needs retained [low, high], fractions of paper value");
            } else if (retained[1] != null && retained[1].compareTo(BigDecimal.ONE) > 0) {
                file.problem(at + ".retained", "fractions of paper value must be at most 1");
            }
            if (blank(row.source())) {
                file.problem(at, "needs a source: the guide's section, or \"assumption\"");
            } else if ("assumption".equals(row.source()) && blank(row.assumption())) {
                file.problem(at, "an assumption needs its text in \"assumption\"");
            }
            if (row.ownershipCheckPercent() != null) {
                file.positive(at + ".ownershipCheckPercent", row.ownershipCheckPercent());
            }
            if (row.retainedOwnership() != null) {
                file.fraction(at + ".retainedOwnership", row.retainedOwnership());
                if (row.retainedOwnership().signum() == 0) {
                    file.problem(at + ".retainedOwnership", "must be above 0: it divides the break-even exit");
                }
                if (blank(row.dilutionAssumption())) {
                    file.problem(at, "retainedOwnership is an assumption: give its text in \"dilutionAssumption\"");
                }
            }
            if (file.problems() == before) {
                discounts.add(new StageDiscount(stage, retained[0], retained[1], row.source(), row.assumption(),
                        row.ownershipCheckPercent(), row.retainedOwnership(), row.dilutionAssumption()));
            }
        }
        for (Stage stage : Stage.values()) {
            if (!seen.contains(stage)) {
                file.problem("stages", "no row for " + stage);
            }
        }
        return discounts;
    }
}
