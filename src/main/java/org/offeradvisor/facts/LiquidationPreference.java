package org.offeradvisor.facts;

import java.math.BigDecimal;

public record LiquidationPreference(BigDecimal multiple, Boolean participating, BigDecimal totalPreferenceAmount) {
}
