package org.offeradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} refuses, in one line with status 2, what it cannot serve on; the server itself is AdviceServerTest's. */
class ServeCliTest {
    @Test
    void anAddressBeyondLoopbackNeedsATokenFileOrAnExplicitOptOut() {
        Run run = Run.of("serve", "--host", "0.0.0.0");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("offer-advisor: binding 0.0.0.0 exposes the advice beyond this machine: give "
                + "--token-file FILE (clients send Authorization: Bearer TOKEN), or --insecure-no-auth to serve it to "
                + "anyone who can connect\n");
    }

    @Test
    void aMissingOrWeakTokenFileIsRefusedInOneLine(@TempDir Path tmp) throws Exception {
        Path weak = Files.writeString(tmp.resolve("weak"), "short\n");
        Path spaced = Files.writeString(tmp.resolve("spaced"), "a token with spaces in it\n");

        Run missing = Run.of("serve", "--token-file", tmp.resolve("none").toString());
        Run shortToken = Run.of("serve", "--token-file", weak.toString());
        Run spacedToken = Run.of("serve", "--token-file", spaced.toString());

        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("offer-advisor: --token-file " + tmp.resolve("none") + ": no such file\n");
        assertThat(shortToken.status()).isEqualTo(2);
        assertThat(shortToken.err()).contains("at least 16 printable ASCII characters").hasLineCount(1)
                .doesNotContain("short");
        assertThat(spacedToken.status()).isEqualTo(2);
        assertThat(spacedToken.err()).doesNotContain("a token with spaces");
    }

    @Test
    void aTokenFileIsOneLineWithItsLineEndStripped(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("token"), "0123456789abcdef-token\r\n");

        assertThat(ServeCommand.readToken(file)).isEqualTo("0123456789abcdef-token");
    }

    @Test
    void queueOptionsAreChecked() {
        Run workers = Run.of("serve", "--max-concurrent", "0");
        Run queue = Run.of("serve", "--max-queued", "-1");

        assertThat(workers.status()).isEqualTo(2);
        assertThat(workers.err()).isEqualTo("offer-advisor: --max-concurrent must be at least 1, not 0\n");
        assertThat(queue.status()).isEqualTo(2);
        assertThat(queue.err()).isEqualTo("offer-advisor: --max-queued must not be negative, not -1\n");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        Run run = Run.of("serve", "--port", "65536");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("offer-advisor: --port must be from 0 to 65535, not 65536\n");
    }

    @Test
    void aPortInUseIsRefusedInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run run = Run.of("serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("offer-advisor: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
                    .endsWith("\n").hasLineCount(1);
        }
    }
}
