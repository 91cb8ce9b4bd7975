package org.catura.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.TransferFailedException;
import org.catura.transfer.api.TransferFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server that accepts the connection and then says nothing: every kind gives up after its timeout. */
class SilentServerTimeoutTest {

    ServerSocket silent;
    final List<Socket> held = new ArrayList<>();
    final Transports transports = new Transports();
    final TransferFile file = new TransferFile("a.csv", "text/csv", new byte[] {1});
    final Duration second = Duration.ofSeconds(1);

    @BeforeEach
    void start() throws IOException {
        silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket s = silent.accept();
                    synchronized (held) {
                        held.add(s);
                    }
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stop() throws IOException {
        silent.close();
        synchronized (held) {
            for (Socket s : held) {
                s.close();
            }
        }
        transports.close();
    }

    void givesUpInTime(Endpoint endpoint) {
        assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> assertThrows(TransferFailedException.class, () -> transports.send(endpoint, "k", file)));
    }

    @Test
    void sftpGivesUp() {
        givesUpInTime(Endpoint.sftp("127.0.0.1", silent.getLocalPort(), "out", "u", "pw").withTimeout(second));
    }

    @Test
    void ftpGivesUp() {
        givesUpInTime(Endpoint.ftp("127.0.0.1", silent.getLocalPort(), "out", "u", "pw").withTimeout(second));
    }

    @Test
    void httpGivesUp() {
        givesUpInTime(Endpoint.http("POST", "http://127.0.0.1:" + silent.getLocalPort() + "/x").withTimeout(second));
    }
}
