package org.offeradvisor.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --rules DIR}, defaulting to the rules/ directory of the installation. */
final class RulesOption {
    /** Set by the launcher to the project directory, so the default rules are found from anywhere. */
    static final String HOME_PROPERTY = "offer.advisor.home";

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Directory of DRL and data files to reason with (default: the rules/ directory "
                    + "of this installation).")
    Path rules;

    Path directory() {
        if (rules != null) {
            return rules;
        }
        String home = System.getProperty(HOME_PROPERTY);
        return home == null ? Path.of("rules") : Path.of(home, "rules");
    }
}
