package org.offeradvisor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.offeradvisor.report.Report;

/**
 * What a portal embedding the library does, run by {@link EmbeddingClasspathTest} in a JVM whose class path lacks the
 * optional dependencies: advise with {@link OfferAdvisor} and with {@link ReloadingOfferAdvisor}, then print the
 * recommended offer and the fingerprint.
 */
public final class EmbedderMain {
    private EmbedderMain() {
    }

    public static void main(String[] args) throws Exception {
        byte[] caseJson = Files.readAllBytes(Path.of(args[1]));
        Report fixed = OfferAdvisor.fromRules(Path.of(args[0])).advise(caseJson);
        try (ReloadingOfferAdvisor rules = ReloadingOfferAdvisor.builder(Path.of(args[0])).build()) {
            Report reloading = rules.current().advise(caseJson);
            System.out.println(OfferAdvisor.toJson(fixed).equals(OfferAdvisor.toJson(reloading)) ? "same" : "different");
            System.out.println(rules.fingerprint());
            System.out.println(OfferAdvisor.toHtml(reloading).length() > 1000 ? "html" : "no html");
        }
    }
}
