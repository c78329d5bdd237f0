package org.offeradvisor.engine;

/**
 * A rule as its author wrote it: name, package, file (relative to the rules directory), line and column (the parser's,
 * counted from 0), and its advice metadata (null for a rule that derives facts instead of giving advice).
 */
public record RuleInfo(String name, String packageName, String file, int line, int column, String adviceId,
                       String category, Integer priority, String source) {

    /**
     * {@code file:line:column}, where a problem with this rule is reported: line and column counted from 1, as an
     * editor shows them and as every other location the program reports (data files, case files, compile errors).
     */
    public String location() {
        return file + ":" + line + ":" + (column + 1);
    }
}
