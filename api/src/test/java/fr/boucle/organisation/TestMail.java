package fr.boucle.organisation;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) on the port application-test.yml points at. */
public final class TestMail {

  private TestMail() {}

  /** BOUCLE_TEST_SMTP_PORT lets several checkouts run their suites side by side. */
  static int port() {
    String port = System.getenv("BOUCLE_TEST_SMTP_PORT");
    return port == null || port.isBlank() ? 3025 : Integer.parseInt(port);
  }

  public static GreenMailExtension smtp() {
    return new GreenMailExtension(setup())
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  }

  /**
   * The same SMTP server, not started: for tests that stage an outage by starting and stopping it.
   */
  public static GreenMail server() {
    return new GreenMail(setup())
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  }

  private static ServerSetup setup() {
    return new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  }
}
