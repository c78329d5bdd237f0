package org.offeradvisor.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line: its exit status and what it printed on each stream. */
record Run(int status, String out, String err) {
    /** Runs {@code args} with no standard input. */
    static Run of(String... args) {
        return of(InputStream.nullInputStream(), args);
    }

    static Run of(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(stdin, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }
}
