package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.CheckResult;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TCP check against real sockets: a listening one, a closed port, and a full backlog. */
class TcpCheckTest {

  @Test
  void passesWhenThePortAccepts() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      CheckResult result = Checks.tcp("localhost", server.getLocalPort()).timeout(Generous.TIMEOUT).run();
      assertTrue(result.passed(), result.output());
      assertTrue(result.output().matches("TCP localhost:" + server.getLocalPort() + ": connected in \\d+ ms"), result.output());
    }
  }

  @Test
  void failsWhenThePortRefuses() throws Exception {
    CheckResult result = Checks.tcp("127.0.0.1", ClosedPort.PORT).timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed());
    assertTrue(result.output().matches("TCP 127.0.0.1:" + ClosedPort.PORT + ": Connection refused in \\d+ ms"), result.output());
  }

  @Test
  void timesOutWhenTheServerDropsConnectionAttempts() throws Exception {
    // Linux drops the handshakes of a listener whose backlog is full: connects then hang.
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> queued = new ArrayList<>();
      try {
        for (int i = 0; i < 2; i++) {
          Socket socket = new Socket();
          socket.connect(server.getLocalSocketAddress(), 1_000);
          queued.add(socket);
        }
        CheckResult result = Checks.tcp("127.0.0.1", server.getLocalPort()).timeout(Duration.ofMillis(300)).run();
        assertEquals(new CheckResult(false, "TCP 127.0.0.1:" + server.getLocalPort() + ": no answer within 300 ms"), result);
      } finally {
        for (Socket socket : queued) {
          socket.close();
        }
      }
    }
  }

  @Test
  void optionsReturnCopies() throws Exception {
    TcpCheck check = Checks.tcp("localhost", 1);
    TcpCheck shorter = check.timeout(Duration.ofMillis(5));
    assertTrue(check.toString().endsWith("timeout 2000 ms]"), check.toString());
    assertTrue(shorter.toString().endsWith("timeout 5 ms]"), shorter.toString());
  }
}
