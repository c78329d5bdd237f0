package org.offeradvisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/**
 * The advisors tests share. The shipped rule base is compiled once per test JVM; only tests that need
 * rules of their own build another, from a copy of rules/.
 */
public final class Advisors {
    /** The project's rules directory (tests run from the project root). */
    public static final Path RULES = Path.of("rules");
    /** The day reports are dated when a case gives no situation.asOf. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    private Advisors() {
    }

    private static final class Shipped {
        static final OfferAdvisor ADVISOR = OfferAdvisor.builder(RULES).clock(CLOCK).build();
    }

    /** The advisor built from the shipped rules/, shared by every test. */
    public static OfferAdvisor shipped() {
        return Shipped.ADVISOR;
    }

    /** Copies rules/ into {@code dir} (typically a JUnit @TempDir) and returns the copy. */
    public static Path copyOfRules(Path dir) {
        Path target = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} by {@code to} in a file, failing if it is absent. */
    /**
     * A copy of the shipped rules plus {@code faults.drl}, whose rules fail on a valid case, each only for an offer of
     * its own company: "Untitled" (a condition's NullPointerException, an offer without a title), "Deep" (a
     * consequence's StackOverflowError) and "Zero" (a consequence's ArithmeticException). Only that file compiles;
     * the rest comes from the cache.
     */
    public static Path copyOfRulesWithFaults(Path dir) {
        Path rules = copyOfRules(dir);
        try {
            java.nio.file.Files.writeString(rules.resolve("faults.drl"), FAULTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rules;
    }

    private static final String FAULTS = """
            package org.offeradvisor.rules.faults;

            import org.offeradvisor.facts.*;

            rule "Long title"
            when
                Offer( company == "Untitled", title.length() > 40 )
            then
            end

            rule "Recurse"
            when
                Offer( company == "Deep" )
            then
                throw new StackOverflowError();
            end

            rule "Divide by zero"
            when
                $o : Offer( company == "Zero" )
            then
                System.out.println( $o.baseSalary().divide( java.math.BigDecimal.ZERO ) );
            end
                        """;

    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain: " + from);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
