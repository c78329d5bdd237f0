package org.offeradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/** {@code serve} refuses, in one line with status 2, what it cannot serve on; the server itself is AdviceServerTest's. */
class ServeCliTest {
    @Test
    void anAddressOtherThanLoopbackIsRefusedUntilTokensExist() {
        Run run = Run.of("serve", "--host", "0.0.0.0");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("offer-advisor: serve binds only 127.0.0.1, localhost or ::1, not 0.0.0.0: "
                + "token authentication, which any other address needs, is not built yet\n");
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
