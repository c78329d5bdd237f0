package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * A row of the specialization table (rules/data/specializations.json): the typical premium in percent,
 * the hot companies (display names, and {@code hotCompanyKeys} in lower case for matching) and hot
 * sectors, which name no company and so match none.
 */
public record SpecializationPremium(
        Specialization specialization,
        String focus,
        BigDecimal premiumLowPercent,
        BigDecimal premiumHighPercent,
        List<String> hotCompanies,
        List<String> hotCompanyKeys,
        List<String> hotSectors) {

    public SpecializationPremium {
        hotCompanies = List.copyOf(hotCompanies);
        hotCompanyKeys = List.copyOf(hotCompanyKeys);
        hotSectors = List.copyOf(hotSectors);
    }
}
