package org.offeradvisor.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.offeradvisor.Advisors;
import org.offeradvisor.InvalidCaseException;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.report.OfferReport;
import org.offeradvisor.report.Report;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random cases never crash the advisor. The number of tries is jqwik's {@code jqwik.tries.default}: a few hundred in
 * {@code mvn test} (src/test/resources/junit-platform.properties), 10,000 with {@code mvn test -Pproperties}. A failing
 * try is reproduced by its seed with {@link RandomCases}.
 */
class PropertiesTest {
    /** The keys of a case's top level (docs/CONTRACT.md §1): a problem's path starts with one, or with an unknown key. */
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("schemaVersion", "currency", "candidate", "situation", "offers");

    @Property
    void aValidCaseAlwaysGivesACompleteReport(@ForAll long seed) {
        ObjectNode caseJson = RandomCases.valid(seed);

        Report report = Advisors.shipped().advise(caseJson.toString());

        List<String> ids = new ArrayList<>();
        caseJson.path("offers").forEach(o -> ids.add(o.get("id").asString()));
        assertThat(report.offers()).extracting(OfferReport::id).containsExactlyElementsOf(ids);
        assertThat(report.summary().offers()).hasSameSizeAs(ids).allSatisfy(s -> assertThat(s.verdict()).isNotNull());
        for (OfferReport offer : report.offers()) {
            assertThat(offer.annualTotalComp()).isNotNull();
            assertThat(offer.yearOneTotalComp()).isNotNull();
            assertThat(offer.riskAdjustedAnnualTotalComp()).isNotNull();
            assertThat(offer.yearByYear()).isNotEmpty().allSatisfy(y -> assertThat(List.of(y.base(), y.bonus(),
                    y.equity(), y.signing(), y.total())).doesNotContainNull());
            assertThat(offer.equity()).isNotNull().extracting(OfferReport.EquityFigures::type).isNotNull();
            assertThat(offer.market()).isNotNull().extracting(OfferReport.Market::position).isNotNull();
            assertThat(offer.decision() != null).isEqualTo(ids.size() >= 2);
        }
        assertThat(report.decisionMatrix() != null).isEqualTo(ids.size() >= 2);
        assertThat(OfferAdvisor.toJson(report)).startsWith("{");
        assertThat(OfferAdvisor.toText(report)).isNotBlank();
        assertThat(OfferAdvisor.toHtml(report)).endsWith("</html>\n");
    }

    @Property
    void aMutatedCaseIsRefusedByPathOrAdvised(@ForAll long seed) {
        String caseJson = RandomCases.mutated(seed);
        try {
            Report report = Advisors.shipped().advise(caseJson);
            assertThat(OfferAdvisor.toJson(report)).startsWith("{");
        } catch (InvalidCaseException refused) {
            Set<String> keys = new HashSet<>(TOP_LEVEL_KEYS);
            keys.addAll(RandomCases.MAPPER.readTree(caseJson).propertyNames());
            assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.where()).as("a JSON path: $, or under a key of the contract or of the case")
                        .matches(where -> where.equals("$") || keys.stream().anyMatch(key ->
                                where.equals(key) || where.startsWith(key + ".") || where.startsWith(key + "[")));
                // the message may quote the case's own text as it is: the command line's output escapes it
                assertThat(p.message()).isNotBlank();
            });
        }
    }
}
