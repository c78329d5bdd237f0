package org.offeradvisor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.offeradvisor.engine.RuleBaseLoader;
import org.offeradvisor.engine.RuleInfo;
import org.offeradvisor.report.Printable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List every rule with its file, line, advice id, category and source.")
final class RulesCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        List<RuleInfo> all = RuleBaseLoader.load(rules.directory()).rules();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(all));
            out.println();
        } else {
            String row = "%-24s %-28s %-12s %-56s %s%n";
            out.printf(row, "FILE:LINE", "ADVICE", "CATEGORY", "RULE", "SOURCE");
            for (RuleInfo rule : all) {
                out.printf(row, Printable.plain(rule.file() + ":" + rule.line()), dash(rule.adviceId()),
                        dash(rule.category()), Printable.plain(rule.name()), dash(rule.source()));
            }
            out.printf("%d rules%n", all.size());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String dash(String value) {
        return value == null ? "-" : Printable.plain(value);
    }
}
