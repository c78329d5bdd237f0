package org.offeradvisor.input;

import java.math.BigDecimal;

public record LiquidationPreferenceInput(
        BigDecimal multiple,
        Boolean participating,
        BigDecimal totalPreferenceAmount) {
}
