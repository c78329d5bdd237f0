package org.offeradvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.data.AdviceKind;
import org.offeradvisor.report.Report;

/**
 * A rule author's own numbers and tables, end to end on a copy of the shipped rules: a type declared in DRL, a data file
 * of its rows under the type's name, a rule matching them and an advice kind whose summary quotes the number. The rows
 * reach the rules on a fresh compile, from the cache and in the edit loop, where a number changed in the data file
 * changes the next report without compiling anything.
 */
class DeclaredTablesTest {
    private static final Path CASE = Path.of("facts-examples/two-offer-comparison.json");

    static final String CONCENTRATION_DRL = """
            package org.offeradvisor.rules.concentration;

            import java.math.BigDecimal;
            import org.offeradvisor.facts.*;

            import function org.offeradvisor.facts.Explain.advice;
            import function org.offeradvisor.facts.Money.usd;
            import function org.offeradvisor.facts.Calc.times;
            import function org.offeradvisor.facts.Calc.divide;

            declare EquityConcentration
                maxShareOfPay : BigDecimal
            end

            declare ExemptCompany
                company : String
                since : java.time.LocalDate
                note : String @optional
            end

            rule "Equity is most of the pay"
                @adviceId("EQ-CONCENTRATION") @category("EQUITY") @priority(2) @source("assumption")
            when
                EquityConcentration( $max : maxShareOfPay )
                $c : Compensation( annualEquity != null, annualTotalComp != null, $id : offerId )
                $o : Offer( id == $id, $company : company )
                not ExemptCompany( company == $company )
                eval( divide( times( $c.annualEquity(), new BigDecimal( 100 ) ), $c.annualTotalComp() ).compareTo( $max ) > 0 )
            then
                insert( advice( kcontext, $id )
                    .title( "Equity is more than " + $max + "% of " + $o.company() + "'s pay" )
                    .text( "A stock price fall would cut most of this offer." )
                    .because( "annual equity " + usd( $c.annualEquity() ) + " of " + usd( $c.annualTotalComp() ) )
                    .build() );
            end
            """;

    static Path rulesWithConcentration(Path tmp, String maxShareOfPay) throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.writeString(rules.resolve("concentration.drl"), CONCENTRATION_DRL);
        Files.writeString(rules.resolve("data/equity-concentration.json"), "{ \"maxShareOfPay\": " + maxShareOfPay + " }\n");
        Files.writeString(rules.resolve("data/exempt-company.json"), """
                [ { "company": "Acme", "since": "2026-01-31" },
                  { "company": "Initech", "since": "2025-06-01", "note": "pays equity as cash" } ]
                """);
        Advisors.edit(rules.resolve("data/advice-kinds.json"), "\"kinds\": [", """
                "kinds": [
                    { "id": "EQ-CONCENTRATION", "category": "EQUITY", "priority": 2,
                      "summary": "Equity is more than {EquityConcentration.maxShareOfPay}% of annual pay." },""");
        return rules;
    }

    private static List<String> concentrationTitles(Report report) {
        return report.advice().stream().filter(a -> a.id().equals("EQ-CONCENTRATION")).map(a -> a.title()).toList();
    }

    @Test
    void theRowsOfADataFileAreFactsOfTheDeclaredTypeOnAFreshCompileAndFromTheCache(@TempDir Path tmp) throws IOException {
        Path rules = rulesWithConcentration(tmp, "10");
        Path cache = tmp.resolve("cache");

        Report compiled = OfferAdvisor.builder(rules).clock(Advisors.CLOCK).cacheDirectory(cache).build().advise(CASE);
        long before = RuleBaseLoader.compilations();
        OfferAdvisor fromCache = OfferAdvisor.builder(rules).clock(Advisors.CLOCK).cacheDirectory(cache).build();
        Report cached = fromCache.advise(CASE);

        assertThat(RuleBaseLoader.compilations()).as("every file from the cache").isEqualTo(before);
        assertThat(concentrationTitles(compiled)).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("Equity is more than 10% of "));
        assertThat(concentrationTitles(cached)).isEqualTo(concentrationTitles(compiled));
        assertThat(fromCache.adviceKinds()).filteredOn(k -> k.id().equals("EQ-CONCENTRATION")).map(AdviceKind::summary)
                .containsExactly("Equity is more than 10% of annual pay.");
    }

    @Test
    void theFingerprintCoversTheAuthorsDataFilesButNotHiddenOnes(@TempDir Path tmp) throws IOException {
        Path rules = rulesWithConcentration(tmp, "10");
        String before = RuleBaseLoader.fingerprint(rules);

        Files.createDirectories(rules.resolve("data/.backup"));
        Files.writeString(rules.resolve("data/.backup/equity-concentration.json"), "{ \"maxShareOfPay\": 5 }\n");
        String hidden = RuleBaseLoader.fingerprint(rules);
        Files.writeString(rules.resolve("data/equity-concentration.json"), "{ \"maxShareOfPay\": 11 }\n");

        assertThat(hidden).isEqualTo(before);
        assertThat(RuleBaseLoader.fingerprint(rules)).isNotEqualTo(before);
    }

    @Test
    void aNumberChangedInTheTableChangesTheNextReportWithoutACompile(@TempDir Path tmp) throws IOException {
        Path rules = rulesWithConcentration(tmp, "10");
        RuleReloader reloader = new RuleReloader(rules, tmp.resolve("cache"));
        OfferAdvisor first = OfferAdvisor.builder(rules).clock(Advisors.CLOCK).reloadingWith(reloader).build();
        assertThat(concentrationTitles(first.advise(CASE))).isNotEmpty();
        OfferAdvisor.builder(rules).clock(Advisors.CLOCK).reloadingWith(reloader).build(); // the loop compiles once, in full
        long before = RuleBaseLoader.compilations();

        Files.writeString(rules.resolve("data/equity-concentration.json"), "{ \"maxShareOfPay\": 12.75 }\n");
        OfferAdvisor edited = OfferAdvisor.builder(rules).clock(Advisors.CLOCK).reloadingWith(reloader).build();
        List<String> titles = concentrationTitles(edited.advise(CASE));
        Files.writeString(rules.resolve("data/equity-concentration.json"), "{ \"maxShareOfPay\": 99.5 }\n");
        OfferAdvisor raised = OfferAdvisor.builder(rules).clock(Advisors.CLOCK).reloadingWith(reloader).build();
        Files.writeString(rules.resolve("data/equity-concentration.json"), "{ \"maxShareOfPay\": 10 }\n");
        Advisors.edit(rules.resolve("data/exempt-company.json"), "\"Acme\"", "\"Meta\"");
        OfferAdvisor exempted = OfferAdvisor.builder(rules).clock(Advisors.CLOCK).reloadingWith(reloader).build();

        assertThat(RuleBaseLoader.compilations()).as("no DRL compiled").isEqualTo(before);
        assertThat(titles).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("Equity is more than 12.75% of "));
        assertThat(edited.adviceKinds()).filteredOn(k -> k.id().equals("EQ-CONCENTRATION")).map(AdviceKind::summary)
                .containsExactly("Equity is more than 12.75% of annual pay.");
        assertThat(concentrationTitles(raised.advise(CASE))).isEmpty();
        assertThat(concentrationTitles(first.advise(CASE))).anySatisfy(t -> assertThat(t).endsWith("of Meta's pay"));
        assertThat(concentrationTitles(exempted.advise(CASE))).isNotEmpty().noneSatisfy(t -> assertThat(t).contains("Meta"));
    }
}
