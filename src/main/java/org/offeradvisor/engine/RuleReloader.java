package org.offeradvisor.engine;

import java.nio.file.Path;
import java.util.Objects;

import org.offeradvisor.InvalidRulesException;

/**
 * A rules directory loaded again after each edit, for a rule author's loop ({@code advise --watch}, {@code test
 * --watch}): the first load comes from the cache when it can; every later one recompiles only the DRL files that
 * changed, the classic way, and swaps them into the rule base (a number edited in a data file compiles nothing). A
 * change that does not compile throws {@link InvalidRulesException} and leaves the last rule base as it was.
 *
 * <p>For one loop at a time: a rule base it returned changes when a later load succeeds. Portals serving requests
 * load a new {@link RuleBase} instead.
 */
public final class RuleReloader {
    private final Path rulesDir;
    private final RuleCache cache;
    private final IncrementalCompiler compiler = new IncrementalCompiler();
    private RuleBase last;

    /** {@code cacheDirectory} null means the user's cache (see {@link RuleCache}). */
    public RuleReloader(Path rulesDir, Path cacheDirectory) {
        this.rulesDir = Objects.requireNonNull(rulesDir, "rules directory must not be null");
        this.cache = cacheDirectory == null ? RuleCache.forUser() : new RuleCache(cacheDirectory);
    }

    /** The rule base of the directory as it is now; throws {@link InvalidRulesException} naming each problem. */
    public RuleBase load() {
        if (last != null) {
            // first, so that the swap has no live session to update; should the load fail, the last rule base
            // keeps serving, with new sessions
            last.closeSessions();
        }
        last = RuleBaseLoader.loadForEdits(rulesDir, cache, compiler);
        return last;
    }
}
