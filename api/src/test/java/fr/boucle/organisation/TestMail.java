package fr.boucle.organisation;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/** A real SMTP server (GreenMail) on the port application-test.yml points at. */
public final class TestMail {

  private TestMail() {}

  public static GreenMailExtension smtp() {
    return new GreenMailExtension(ServerSetupTest.SMTP)
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  }
}
