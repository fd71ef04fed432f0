package fr.boucle.stockimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a run's mode is asked for and what it means, without any service. */
class ImportModeTest {

  @Test
  void readsTheModeInAnyCaseAndDefaultsToPartial() {
    assertThat(ImportMode.parse(null)).contains(ImportMode.PARTIAL);
    assertThat(ImportMode.parse(" all_or_nothing ")).contains(ImportMode.ALL_OR_NOTHING);
    assertThat(ImportMode.parse("Partial")).contains(ImportMode.PARTIAL);
    assertThat(ImportMode.parse("SOME")).isEmpty();
    assertThat(ImportMode.parse("")).isEmpty();
  }

  @Test
  void allOrNothingChecksTheWholeFileBeforeWriting() {
    assertThat(ImportMode.ALL_OR_NOTHING.firstPhase()).isEqualTo(ImportPhase.VALIDATING);
    assertThat(ImportMode.PARTIAL.firstPhase()).isEqualTo(ImportPhase.WRITING);
  }

  @Test
  void anUnexpectedFailureSaysWhatWasWritten() {
    assertThat(ImportMode.PARTIAL.unexpectedFailureMessage().english())
        .contains("the batches counted above were imported");
    assertThat(ImportMode.ALL_OR_NOTHING.unexpectedFailureMessage().english())
        .contains("nothing was imported");
    assertThat(ImportMode.ALL_OR_NOTHING.unexpectedFailureMessage().in(java.util.Locale.FRENCH))
        .contains("rien n’a été importé");
  }
}
